// Renders build/icon.svg to the PNG sizes electron-builder wants, with Debian's Chromium. Run once when the icon changes.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync('build/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: `build/icons/${size}x${size}.png`, omitBackground: true });
}
await page.setViewportSize({ width: 1024, height: 1024 });
await page.screenshot({ path: 'build/icon.png', omitBackground: true });
await browser.close();
