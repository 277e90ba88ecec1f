import type { agencyVi } from '../vi/agency.js';

export const agencyEn: Record<keyof typeof agencyVi, string> = {
  'agency.event.extensionRequested': 'Agency asked for an extension to {due}',
  'agency.event.extensionApproved': 'Supervisor extended the deadline to {due}',
  'agency.event.extensionRefused': 'Supervisor refused the extension',
  'agency.event.returned': '{agency} returned the case to the hotline (not its competence)',
  'agency.event.publishedQa': 'Answer published on the Q&A page',
  'agency.event.publishedFaq': 'Answer added to the FAQ',
  'agency.event.publishedBoth': 'Answer published and added to the FAQ',
  'agency.event.feedback': 'Citizen rated the answer {rating}/5',
  'agency.event.feedbackReopen': 'Citizen rated the answer {rating}/5 and asked to reopen',
};
