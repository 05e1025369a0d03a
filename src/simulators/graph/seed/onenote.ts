/** Seed section `onenote`: notebooks → sections → pages with HTML bodies. Area owner: onenote. */
import { z } from 'zod';
import type { OneNoteStore } from '../store/onenote';
import type { SeedContext } from './seed-context';
import { instantSchema, resolveInstant } from './seed-context';

export const onenoteSeedSchema = z.object({
  notebooks: z
    .array(
      z.object({
        displayName: z.string(),
        sections: z
          .array(
            z.object({
              displayName: z.string(),
              pages: z
                .array(
                  z.object({
                    title: z.string(),
                    html: z.string().optional(),
                    createdDateTime: instantSchema.optional(),
                    lastModifiedDateTime: instantSchema.optional(),
                  }),
                )
                .optional(),
            }),
          )
          .optional(),
      }),
    )
    .optional(),
});

export type OneNoteSeed = z.infer<typeof onenoteSeedSchema>;

/** The page HTML Graph serves from `/content`: a full document whose <title> is the page title. */
export function pageDocument(title: string, bodyHtml: string, created: string): string {
  return `<html lang="en-US"><head><title>${title}</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="created" content="${created}" /></head><body data-absolute-enabled="true" style="font-family:Calibri;font-size:11pt"><div style="position:absolute;left:48px;top:115px;width:624px">${bodyHtml}</div></body></html>`;
}

export function loadOneNoteSeed(seed: OneNoteSeed | undefined, context: SeedContext): OneNoteStore {
  const store: OneNoteStore = { notebooks: [], sections: [], pages: [], operations: [] };
  const created = resolveInstant('now-20d', context.now);
  (seed?.notebooks ?? []).forEach((notebookSeed, notebookIndex) => {
    const notebook = {
      id: context.ids.onenoteContainer(),
      displayName: notebookSeed.displayName,
      createdDateTime: created,
      lastModifiedDateTime: created,
      isDefault: notebookIndex === 0,
      isShared: false,
      userRole: 'Owner' as const,
    };
    store.notebooks.push(notebook);
    (notebookSeed.sections ?? []).forEach((sectionSeed, sectionIndex) => {
      const section = {
        id: context.ids.onenoteContainer(),
        notebookId: notebook.id,
        displayName: sectionSeed.displayName,
        createdDateTime: created,
        lastModifiedDateTime: created,
        isDefault: notebookIndex === 0 && sectionIndex === 0,
      };
      store.sections.push(section);
      (sectionSeed.pages ?? []).forEach((pageSeed, order) => {
        const pageCreated = resolveInstant(pageSeed.createdDateTime, context.now, new Date(created));
        store.pages.push({
          id: context.ids.onenotePage(),
          sectionId: section.id,
          title: pageSeed.title,
          html: pageDocument(pageSeed.title, pageSeed.html ?? '', pageCreated),
          createdDateTime: pageCreated,
          lastModifiedDateTime: resolveInstant(
            pageSeed.lastModifiedDateTime,
            context.now,
            new Date(pageCreated),
          ),
          level: 0,
          order,
        });
      });
    });
  });
  return store;
}

export { demoOneNoteSeed } from './onenote-demo';
