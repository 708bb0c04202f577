// Stored records of this feature; collections join the data document with `.default([])`.
export const incidentCollections = {};
