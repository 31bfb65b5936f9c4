/** Reports the drift page loads for its history chart and table: a year of weekly runs. */
export const HISTORY_LIMIT = 52;
