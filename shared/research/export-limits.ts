/** Generous for scripted downloads (five exports × many filters), tight enough to stop scraping loops. */
export const EXPORTS_PER_HOUR = 120;
