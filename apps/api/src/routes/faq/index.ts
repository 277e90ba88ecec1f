import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { getFaq } from './get.js';
import { listFaq } from './list.js';

export const faqRoutes = new Hono<AppEnv>().route('/', listFaq).route('/', getFaq);
