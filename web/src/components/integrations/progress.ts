// A run's progress as the integrations page tracks it from `syncProgress` events.
export interface Progress {
  done: number;
  total: number;
  running: boolean;
}
