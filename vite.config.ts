import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

// Paths are absolute so the build works whatever directory it is started from.
const webRoot = fileURLToPath(new URL('./web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));
// The pure rules the web shares with the server (password policy, SMS length). `@api`, the API's types,
// has no alias here on purpose: the web imports it with `import type` only, so it never reaches the
// bundle, and a value import of it fails the build instead of pulling server code in.
const domain = fileURLToPath(new URL('./server/domain', import.meta.url));

// The web is written against React's API and type-checked with React's types, and runs on Preact's
// compatibility layer, which is 10 KB compressed where react-dom alone is 58 KB: the phone's first
// download is under issue 13's 90 KB only so (decision 0033). Every import of React, ours or a
// library's, resolves here; removing these lines and the JSX source runs the same code on React.
const onPreact = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react(-dom)?$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/compat/jsx-runtime' },
];

/**
 * Writes a brotli (.br, best quality) and a gzip (.gz, level 9) copy beside every text file of the build
 * above 1 KB, for the server to send as they are (server/http/compression.ts): compressed once here,
 * never per request.
 */
function precompress(): Plugin {
  return {
    name: 'precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json|txt|map)$/.test(fileName)) continue;
        const file = path.join(options.dir ?? outDir, fileName);
        const bytes = readFileSync(file);
        if (bytes.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

// React Router's package sends every bundler its development build (its exports have no "production"
// condition), with the development warnings on; the app is served built, so it takes the production one.
const reactRouter = fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [precompress()],
  // JSX compiles to Preact's runtime (through its compatibility layer, as React's would). No Fast Refresh:
  // the app is served built (npm start), and `vite` alone for the web reloads the page on a change.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact/compat' } },
  resolve: {
    alias: [{ find: '@domain', replacement: domain }, { find: /^react-router$/, replacement: reactRouter }, ...onPreact],
  },
  build: {
    outDir,
    emptyOutDir: true,
    // .vite/manifest.json: which file each page is in and what it imports (scripts/bundle-size.mjs reads it).
    manifest: true,
    rolldownOptions: {
      // precompress() takes a second or two of the build by design; rolldown need not report it.
      checks: { pluginTimings: false },
      // React Router asks for React 19's useOptimistic by name and does without it when it is absent, as
      // it is in Preact's layer: that one missing import is expected, any other is still reported.
      onLog(level, log, report) {
        if (log.code === 'IMPORT_IS_UNDEFINED' && log.message.includes('`useOptimistic`')) return;
        report(level, log);
      },
      output: {
        // The libraries every page needs (Preact, the router, i18next) change seldom, our code often: in
        // their own file, a returning visitor's browser keeps them across our releases and fetches only
        // the app again. Other libraries (the QR code, the date picker) go with the pages that use them.
        codeSplitting: {
          groups: [{ name: 'vendor', test: /[\\/]node_modules[\\/](preact|react-router|i18next|react-i18next|cookie|set-cookie-parser|void-elements|html-parse-stringify|use-sync-external-store)[\\/]/ }],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
