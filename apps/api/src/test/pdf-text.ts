import { extractText, getDocumentProxy } from 'unpdf';

/** The text of a PDF, pages joined, runs of white space as single spaces: what a reader copies out. */
export async function pdfText(pdf: Uint8Array): Promise<{ text: string; pages: number }> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text, totalPages } = await extractText(doc, { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), pages: totalPages };
}
