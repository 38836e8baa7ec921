export interface HubMigration {
  version: number;
  name: string;
  sql: string;
}
