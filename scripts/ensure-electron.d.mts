// Types for scripts/ensure-electron.mjs (a plain .mjs so `npm start` needs nothing compiled).
export declare const DOWNLOAD_MESSAGE: string;
export declare const READY_MESSAGE: string;
export declare function failureMessage(reason: string): string;
export declare function installedElectron(electronDir: string, env?: Record<string, string | undefined>): string | null;
export declare function shortReason(output: string): string;
export interface InstallerResult {
  code: number;
  output?: string;
}
export declare function runElectronInstaller(electronDir: string): Promise<InstallerResult>;
export declare function ensureElectron(options: {
  electronDir: string;
  runInstaller?: (electronDir: string) => Promise<InstallerResult>;
  say?: (line: string) => void;
  env?: Record<string, string | undefined>;
}): Promise<{ status: 'present' | 'installed' | 'failed'; message?: string }>;
