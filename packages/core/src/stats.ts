/** Counts the elementary steps of matching and of quoting matches; tests read it to show the work grows linearly with the input. */
export const matchStats = { steps: 0 };
