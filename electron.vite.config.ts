// Builds the three parts: main process (ESM), preload (CommonJS, as sandboxed preloads require) and the React renderer.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/security';

/** Puts the CSP in the built page too, so the Chromium test shell enforces exactly what the app does. */
function contentSecurityPolicyMeta(): Plugin {
  // frame-ancestors is ignored in a meta tag (the app:// response header carries it).
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'steadyhand-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

/** Parallel work can build into its own folder (STEADYHAND_OUT_DIR=out-x) without disturbing another's test run. */
const outRoot = process.env.STEADYHAND_OUT_DIR ?? 'out';

export default defineConfig({
  main: {
    build: {
      outDir: `${outRoot}/main`,
      // Two entries: the Electron shell, and the core process it starts as a utilityProcess (out/main/core.js).
      rollupOptions: { input: { index: resolve('electron/main.ts'), core: resolve('electron/core/process/coreProcess.ts') } },
    },
  },
  preload: {
    build: {
      outDir: `${outRoot}/preload`,
      rollupOptions: {
        input: { index: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      outDir: resolve(`${outRoot}/renderer`),
      minify: true,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
