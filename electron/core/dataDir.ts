// Where the data lives: --data-dir=PATH, then STEADYHAND_DATA_DIR, then the platform's userData folder.
import { isAbsolute, resolve } from 'node:path';

export function resolveDataDir(argv: readonly string[], env: Record<string, string | undefined>, userDataPath: string): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--data-dir=')) return absolute(arg.slice('--data-dir='.length));
    if (arg === '--data-dir' && argv[i + 1] !== undefined) return absolute(argv[i + 1]!);
  }
  const fromEnv = env.STEADYHAND_DATA_DIR;
  if (fromEnv !== undefined && fromEnv.trim() !== '') return absolute(fromEnv.trim());
  return userDataPath;
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(process.cwd(), path);
}
