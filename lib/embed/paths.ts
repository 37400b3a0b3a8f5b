import type { FormDefinition, Lang } from '../form';

/** The least of a published version the embed needs: which form, which version, what the visitor sees. */
export type EmbeddableVersion = {
  formId: string;
  version: number;
  definition: FormDefinition;
};

/** Where a version's full notice is published, relative to the app. */
export const noticePath = (formId: string, version: number, lang: Lang) =>
  `/n/${formId}/${version}?lang=${lang}`;

/** Where every submission of a form is posted, relative to the app. */
export const submitPath = (formId: string) => `/api/submit/${formId}`;
