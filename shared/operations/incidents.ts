// Operations of the guided incident flow (issue: incident flow) and its client-facing summaries.
export const incidentOperations = {} as const;
