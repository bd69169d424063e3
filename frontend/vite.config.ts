import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * GOV.UK Frontend's service navigation carries an IE 9-11 hack, `(min-width: 0\0)`, that Dart Sass
 * turns into a NUL character the CSS minifier rejects. Make that query one that never matches.
 */
function dropIeCssHack(): Plugin {
  return {
    name: 'coproduce:drop-ie-css-hack',
    transform(code, id) {
      if (!/\.s?css($|\?)/.test(id)) return null;
      const fixed = code.replace(/\(min-width:\s*0(?:\u0000|\uFFFD|\\0)\)/g, '(max-width: 0)');
      return fixed === code ? null : { code: fixed, map: null };
    },
  };
}

export default defineConfig({
  plugins: [react(), dropIeCssHack()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  css: {
    preprocessorOptions: {
      scss: {
        loadPaths: [fileURLToPath(new URL('./node_modules', import.meta.url))],
        quietDeps: true,
        silenceDeprecations: ['import', 'global-builtin'],
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
  },
  // `vite preview` of a build against a running backend (e.g. for `npm run lighthouse`):
  // PREVIEW_BACKEND=http://localhost:8080 npx vite preview --port 4173
  preview: {
    proxy: Object.fromEntries(
      ['/api', '/q', '/auth'].map((prefix) => [prefix, process.env.PREVIEW_BACKEND ?? 'http://localhost:18180']),
    ),
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // the libraries every page needs, in a chunk of their own that changes only when they do
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial'], priority: 2 },
            // code that pages loaded on demand share, one chunk per feature rather than dozens of
            // tiny ones (each a request on a slow connection)
            {
              name: (id) => /[\\/]src[\\/]features[\\/]([^\\/]+)[\\/]/.exec(id)?.[1] ?? null,
              minShareCount: 2,
              priority: 1,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    setupFiles: ['./src/testing/setup.ts'],
    restoreMocks: true,
  },
});
