// Run before `npm test`: the browser tests need Chromium, and Playwright cannot download its own
// here. Where it is missing, install Debian's (as root, with apt-get); otherwise say what to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium';

if (!existsSync(CHROMIUM_PATH)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (root && apt) {
    process.stderr.write(
      `Chromium is not at ${CHROMIUM_PATH}: installing Debian's chromium for the browser tests…\n`,
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', 'chromium'],
    ]) {
      const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
      if (r.status !== 0) {
        process.stderr.write(
          `apt-get ${args.join(' ')} failed: install Chromium yourself, or set CHROMIUM_PATH.\n`,
        );
        process.exit(1);
      }
    }
  } else {
    process.stderr.write(
      `The browser tests need Chromium at ${CHROMIUM_PATH}. Install it (on Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH to your Chromium.\n`,
    );
    process.exit(1);
  }
}
