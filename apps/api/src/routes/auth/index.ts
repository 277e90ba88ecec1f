import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { invitations } from './invitations.js';
import { login } from './login.js';
import { logout } from './logout.js';
import { me } from './me.js';
import { password } from './password.js';
import { signup } from './signup.js';
import { twoFactor } from './two-factor.js';

/** Sign-in and account routes; they work on every host, each within its own scope. */
export const authRoutes = new Hono<AppEnv>()
  .route('/', login)
  .route('/', logout)
  .route('/', me)
  .route('/', signup)
  .route('/', twoFactor)
  .route('/', password)
  .route('/', invitations);
