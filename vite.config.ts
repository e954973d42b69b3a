import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Our own Phaser entry point (src/game/phaser-entry.js): only what the game uses. Phaser's
// source expects the build-time flags its own webpack build defines.
const phaserEntry = fileURLToPath(new URL('./src/game/phaser-entry.js', import.meta.url));

export default defineConfig({
  base: './',
  resolve: {
    alias: [{ find: /^phaser$/, replacement: phaserEntry }],
  },
  define: {
    'typeof CANVAS_RENDERER': JSON.stringify(true),
    'typeof WEBGL_RENDERER': JSON.stringify(true),
    'typeof WEBGL_DEBUG': JSON.stringify(false),
    'typeof EXPERIMENTAL': JSON.stringify(false),
    'typeof PLUGIN_3D': JSON.stringify(false),
    'typeof PLUGIN_CAMERA3D': JSON.stringify(false),
    'typeof PLUGIN_FBINSTANT': JSON.stringify(false),
    'typeof FEATURE_SOUND': JSON.stringify(false),
    global: 'globalThis',
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // Which files the first load fetches and which the editor fetches later: npm run bench:web reads it.
    manifest: true,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
