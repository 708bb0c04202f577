// The six kinds of risk in a brief, and every word the VA is shown about each.

export type RiskFlagKind = 'destructive' | 'bulk' | 'money' | 'irreversible' | 'access' | 'external';

export const RISK_FLAG_KINDS: readonly RiskFlagKind[] = ['destructive', 'bulk', 'money', 'irreversible', 'access', 'external'];

// Every word shown to the VA lives here so it can be reviewed (and later translated) in one place.
export const RISK_FLAG_WORDING = {
  advice: {
    destructive: "Deleting can't always be undone: confirm in writing, check what it contains, and make sure you have a backup or an undo window.",
    bulk: 'This touches a lot at once: confirm the exact scope in writing and check a small sample before you do the rest.',
    money: 'Money is hard to get back once it has moved: retype each amount, and check it and the recipient against the original request.',
    irreversible: "Once this goes out it can't be called back: read it through once more and confirm the timing with your client.",
    access: 'Access is sensitive: share passwords only through a password manager and give only the access the task needs.',
    external: "This reaches people outside your client's business: check who will receive it and get sign-off on the wording first.",
  },
  label: {
    destructive: 'destructive',
    bulk: 'bulk',
    money: 'money',
    irreversible: 'irreversible',
    access: 'access',
    external: 'external',
  },
  // Short checks, merged without repeats when several kinds appear together.
  checks: {
    destructive: ['confirm in writing', 'check what it contains', 'make sure it can be undone'],
    bulk: ['confirm in writing', 'check what it contains'],
    money: ['confirm in writing', 'retype each amount', "check the payee's details"],
    irreversible: ['confirm in writing', 'read it through once more'],
    access: ['use a password manager', 'give only the access needed'],
    external: ['check who will receive it', 'get sign-off on the wording'],
  },
} as const satisfies {
  advice: Record<RiskFlagKind, string>;
  label: Record<RiskFlagKind, string>;
  checks: Record<RiskFlagKind, readonly string[]>;
};

export const RISK_FLAG_ADVICE: Readonly<Record<RiskFlagKind, string>> = RISK_FLAG_WORDING.advice;
