import { binhThuan } from './binh-thuan.js';
import { haiDuong } from './hai-duong.js';
import { thanhHoa } from './thanh-hoa.js';
import type { SeedProvince } from './types.js';

export type * from './types.js';
export { binhThuan, haiDuong, thanhHoa };

export const demoProvinces: SeedProvince[] = [thanhHoa, binhThuan, haiDuong];
