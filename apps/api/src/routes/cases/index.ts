import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { acknowledgeCaseRoute } from './acknowledge.js';
import { recordAgencyAnswerRoute } from './agency-answer.js';
import { answerFromFaqRoute } from './answer-from-faq.js';
import { assignCaseRoute } from './assign.js';
import { caseAttachmentRoutes } from './attachments.js';
import { claimCaseRoute } from './claim.js';
import { classifyCaseRoute } from './classify.js';
import { closeCaseRoute } from './close.js';
import { createCaseRoute } from './create.js';
import { escalateCaseRoute } from './escalate.js';
import { caseEventsRoute } from './events.js';
import { getCaseRoute } from './get.js';
import { listCasesRoute } from './list.js';
import { mergeCaseRoute } from './merge.js';
import { addNoteRoute } from './notes.js';
import { queueRoutes } from './queues.js';
import { relayAnswerRoute } from './relay.js';
import { reopenCaseRoute } from './reopen.js';
import { resumeCaseRoute } from './resume.js';
import { caseStreamRoute } from './stream.js';
import { transferRoutes } from './transfers.js';
import { waitForCitizenRoute } from './wait-citizen.js';

/** /v1/cases: fixed paths (stream, queues) before `/:id`, then one module per action. */
export const caseRoutes = new Hono<AppEnv>()
  .route('/', caseStreamRoute)
  .route('/', queueRoutes)
  .route('/', listCasesRoute)
  .route('/', createCaseRoute)
  .route('/', getCaseRoute)
  .route('/', caseEventsRoute)
  .route('/', classifyCaseRoute)
  .route('/', claimCaseRoute)
  .route('/', assignCaseRoute)
  .route('/', answerFromFaqRoute)
  .route('/', transferRoutes)
  .route('/', escalateCaseRoute)
  .route('/', acknowledgeCaseRoute)
  .route('/', recordAgencyAnswerRoute)
  .route('/', relayAnswerRoute)
  .route('/', waitForCitizenRoute)
  .route('/', resumeCaseRoute)
  .route('/', closeCaseRoute)
  .route('/', reopenCaseRoute)
  .route('/', addNoteRoute)
  .route('/', mergeCaseRoute)
  .route('/', caseAttachmentRoutes);
