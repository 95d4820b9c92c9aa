export const THEME: string;
export const ICONS: { file: string; size: number; layout: 'any' | 'maskable' | 'apple' }[];
export function rasterize(size: number, layout: 'any' | 'maskable' | 'apple'): Uint8Array;
export function encodePng(size: number, rgba: Uint8Array): Buffer;
export function svg(): string;
