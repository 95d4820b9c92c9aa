/**
 * The web app manifest and precache rules, in one place: vite.config.ts hands them to
 * vite-plugin-pwa, and tests/unit/pwa-manifest.test.ts checks them (and the icon files) without a
 * build. Colours match index.html's theme-color and the icons (scripts/make-icons.mjs).
 */
export const THEME_COLOR = '#1d4f91';
export const BACKGROUND_COLOR = '#ffffff';

export interface ManifestIcon {
  src: string;
  sizes: string;
  type: 'image/png';
  purpose?: 'any' | 'maskable';
}

export const MANIFEST_ICONS: ManifestIcon[] = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

export const WEB_MANIFEST = {
  id: '/',
  name: 'AnyDoor — family supports screening',
  short_name: 'AnyDoor',
  description: 'One screening for food, cash, jobs, housing and family supports. Works offline.',
  lang: 'en',
  dir: 'ltr' as const,
  start_url: '/',
  scope: '/',
  display: 'standalone' as const,
  orientation: 'any' as const,
  theme_color: THEME_COLOR,
  background_color: BACKGROUND_COLOR,
  categories: ['government', 'utilities'],
  icons: MANIFEST_ICONS,
};

/**
 * Everything the build emits is precached: JS (app, lazy screens, one chunk per locale file,
 * rules data), CSS, HTML, icons, the manifest. dist/.vite/ (the build manifest) is a dot folder,
 * which the glob skips.
 */
export const PRECACHE_GLOB_PATTERNS = ['**/*.{js,css,html,json,svg,png,ico,webmanifest,woff2}'];

/** Where a locale file's chunk goes, so the chunk says which language and namespace it holds. */
export function localeChunkName(moduleId: string | null | undefined): string | undefined {
  const m = moduleId ? /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(moduleId) : null;
  return m ? `assets/locale-${m[1]}-${m[2]}-[hash].js` : undefined;
}
