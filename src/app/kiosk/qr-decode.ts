/**
 * Read a QR code from a photo or picture file, on the device, with no network: the browser's
 * BarcodeDetector where it has one (Android and macOS Chromium), else the `jsqr` decoder, loaded
 * only when needed (it stays out of first-load JavaScript). jsqr reads RGBA pixels, drawn from the
 * image on a canvas; a large camera photo is scaled down first (jsqr's time grows with the pixel
 * count, and a QR filling part of a 12-megapixel photo still has plenty of pixels per module).
 */

export type QrReadResult =
  | { ok: true; text: string }
  /** no_code: the picture opened but holds no readable QR code; not_image: it did not open as a picture. */
  | { ok: false; reason: 'no_code' | 'not_image' };

/** Longest side (px) jsqr reads at most: a larger photo is scaled down to it first. */
export const QR_MAX_SIDE = 1600;

/**
 * The sizes (longest side, px) jsqr tries, in order: the picture as is (capped), then ¾ of that,
 * then half (a large photo) or 1¼ times (a small picture, e.g. a screenshot). jsqr finds a code at
 * one scale that it misses at another (its grid sampling is sensitive to fractional module sizes),
 * so a second and third look at another size recover many misses.
 */
export function scanSides(longest: number): number[] {
  const first = Math.min(Math.round(longest), QR_MAX_SIDE);
  return [...new Set([first, Math.round(first * 0.75), Math.round(first > 1000 ? first / 2 : first * 1.25)])];
}

interface DetectedBarcode { rawValue: string }
interface BarcodeDetectorLike { detect(source: ImageBitmapSource): Promise<DetectedBarcode[]> }
type BarcodeDetectorCtor = new (opts: { formats: string[] }) => BarcodeDetectorLike;

function barcodeDetector(): BarcodeDetectorCtor | undefined {
  return (globalThis as unknown as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector;
}

/** Decode a QR code from RGBA pixels (row-major, 4 bytes a pixel) with jsqr; undefined if none. */
export async function decodeQrPixels(data: Uint8ClampedArray, width: number, height: number): Promise<string | undefined> {
  const { default: jsQR } = await import('jsqr');
  // Kiosk codes are dark on light (the SVG has its own white background, on screen and on paper):
  // skipping the inverted pass halves the time on a picture without a code.
  const found = jsQR(data, width, height, { inversionAttempts: 'dontInvert' });
  return found?.data ? found.data : undefined;
}

type Canvas2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function context2d(width: number, height: number): Canvas2D | null {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas.getContext('2d', { willReadFrequently: true });
}

/** The image's pixels, scaled so its longest side is `side`. */
function pixelsOf(image: ImageBitmap, side: number): ImageData | undefined {
  const scale = side / Math.max(image.width, image.height);
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const ctx = context2d(width, height);
  if (!ctx) return undefined;
  // A transparent PNG would read as black-on-black: paint white under it.
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(image, 0, 0, width, height);
  return ctx.getImageData(0, 0, width, height);
}

async function withDetector(image: ImageBitmap): Promise<string | undefined> {
  const Detector = barcodeDetector();
  if (!Detector) return undefined;
  try {
    const found = await new Detector({ formats: ['qr_code'] }).detect(image);
    return found.find((b) => b.rawValue)?.rawValue;
  } catch {
    return undefined; // e.g. qr_code not among the detector's formats: jsqr reads it instead
  }
}

/** Read the QR code in an image file (a photo from the camera, a screenshot, a scan). */
export async function readQrCode(file: Blob): Promise<QrReadResult> {
  let image: ImageBitmap;
  try {
    image = await createImageBitmap(file);
  } catch {
    return { ok: false, reason: 'not_image' };
  }
  try {
    const detected = await withDetector(image);
    if (detected) return { ok: true, text: detected };
    for (const side of scanSides(Math.max(image.width, image.height))) {
      const pixels = pixelsOf(image, side);
      if (!pixels) break;
      const text = await decodeQrPixels(pixels.data, pixels.width, pixels.height);
      if (text) return { ok: true, text };
    }
    return { ok: false, reason: 'no_code' };
  } catch {
    return { ok: false, reason: 'no_code' };
  } finally {
    image.close?.();
  }
}
