// Module resolve hook for the boot test: every `import … from 'electron'` (ours and electron-store's) gets the
// recording stand-in instead of the real package, which would try to download a binary.
const STAND_IN = new URL('./electron.mjs', import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: STAND_IN, shortCircuit: true };
  return next(specifier, context);
}
