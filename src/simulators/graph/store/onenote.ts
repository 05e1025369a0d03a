/** OneNote records: notebooks → sections → pages (with their HTML), and async operations (copyToSection). */
export interface NotebookRecord {
  id: string;
  displayName: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  isDefault: boolean;
  isShared: boolean;
  userRole: 'Owner' | 'Contributor' | 'Reader' | 'None';
}

export interface SectionRecord {
  id: string;
  notebookId: string;
  displayName: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  isDefault: boolean;
}

export interface PageRecord {
  id: string;
  sectionId: string;
  title: string;
  /** The page body as stored (the output HTML Graph serves from `/content`). */
  html: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  level: number;
  order: number;
  /** App that created the page (`createdByAppId`). */
  createdByAppId?: string;
}

export interface OneNoteOperationRecord {
  id: string;
  status: 'NotStarted' | 'Running' | 'Completed' | 'Failed';
  createdDateTime: string;
  lastActionDateTime: string;
  resourceLocation: string | null;
  resourceId: string | null;
  /** Polls seen so far: the status advances NotStarted → Running → Completed across polls. */
  polls?: number;
  /** The page copy to create when the operation completes (copyToSection). */
  pending?: { pageId: string; sectionId: string; title: string | null } | null;
}

export interface OneNoteStore {
  notebooks: NotebookRecord[];
  sections: SectionRecord[];
  pages: PageRecord[];
  operations: OneNoteOperationRecord[];
}
