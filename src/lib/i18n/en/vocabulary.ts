/** English names of the data's shared vocabulary: how sure a report is of a fact. Used wherever data is shown. */
export const vocabulary = {
  'confidence.confirmed': 'confirmed',
  'confidence.reported': 'reported',
  'confidence.claimed': 'claimed',
  'confidence.assessed': 'assessed',
} as const;
