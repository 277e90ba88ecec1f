import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { getCase } from './get.js';
import { listCases } from './list.js';

export const caseRoutes = new Hono<AppEnv>().route('/', listCases).route('/', getCase);
