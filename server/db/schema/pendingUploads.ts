/** An upload waiting for confirmation (offline workbook, bulk or organisation import); never in the session. */
export interface PendingUploadTable {
  token: string;
  user_id: number;
  kind: string; // offline | bulk | organisations
  payload: string; // JSON
  bytes: number;
  created_at: string;
  expires_at: string;
}
