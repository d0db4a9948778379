import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Paths are absolute so the build works whatever directory it is started from.
const webRoot = fileURLToPath(new URL('./web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));
// The pure rules the web shares with the server (password policy, SMS length). `@api`, the API's types,
// has no alias here on purpose: the web imports it with `import type` only, so it never reaches the
// bundle, and a value import of it fails the build instead of pulling server code in.
const domain = fileURLToPath(new URL('./server/domain', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  resolve: {
    alias: { '@domain': domain },
  },
  build: {
    outDir,
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change seldom, our code often: in their own file, a returning visitor's browser keeps
        // them across our releases and fetches only the app again.
        codeSplitting: {
          groups: [{ name: 'vendor', test: /[\\/]node_modules[\\/]/ }],
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
