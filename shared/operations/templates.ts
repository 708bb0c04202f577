// Operations of the apology template library and call scripts (issue: apology templates).
export const templateOperations = {} as const;
