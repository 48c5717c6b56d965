export { mulberry32, shuffle } from '../domain/random.ts';
