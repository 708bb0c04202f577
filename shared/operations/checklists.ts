// Operations of the clarification checklist, risk flags and the quick-question guard (issue: task clarification).
export const checklistOperations = {} as const;
