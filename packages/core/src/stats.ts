/**
 * Counts the elementary steps of matching and of quoting matches (`steps`), and of the pre-check's loose matching
 * near names (`nearbySteps`); tests read them to show the work grows linearly with the input.
 */
export const matchStats = { steps: 0, nearbySteps: 0 };
