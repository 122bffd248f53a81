/** Placeholder until the calibrated generator lands: no demo answers yet. */
export interface DemoResponse {
  id: string;
  roundId: string;
  centreId: string;
  teamId: string | null;
  panelCode: string | null;
  packed: Uint8Array;
  submittedAt: string;
}

export function demoResponses(): DemoResponse[] {
  return [];
}
