/** Type-only entry for the web's typed client (`hc<AppType>`). */
export type { AppType } from './app.js';
