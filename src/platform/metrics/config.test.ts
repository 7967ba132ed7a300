import { describe, expect, it } from 'vitest';
import { metricsConfig } from './config';

describe('metricsConfig', () => {
  it('serves no metrics by default, and the separate port on loopback when METRICS_PORT is set', () => {
    expect(metricsConfig({})).toEqual({ port: null, host: '127.0.0.1', token: null });
    expect(metricsConfig({ METRICS_PORT: '9464' })).toEqual({ port: 9464, host: '127.0.0.1', token: null });
    expect(metricsConfig({ METRICS_PORT: '0', METRICS_HOST: '10.0.0.5', METRICS_TOKEN: 'a'.repeat(32) })).toEqual({ port: 0, host: '10.0.0.5', token: 'a'.repeat(32) });
  });

  it('refuses bad values in Vietnamese, naming the variable and the rule', () => {
    expect(() => metricsConfig({ METRICS_PORT: 'chín' })).toThrow('METRICS_PORT không hợp lệ: "chín". Dùng một số nguyên từ 0 đến 65535.');
    expect(() => metricsConfig({ METRICS_PORT: '70000' })).toThrow(/METRICS_PORT không hợp lệ: "70000"/);
    expect(() => metricsConfig({ METRICS_PORT: '3000' })).toThrow('METRICS_PORT không hợp lệ: "3000". Phải khác cổng web (PORT=3000): số liệu không được lẫn vào cổng công khai.');
    expect(() => metricsConfig({ METRICS_PORT: '8080', PORT: '8080' })).toThrow(/khác cổng web \(PORT=8080\)/);
    expect(() => metricsConfig({ METRICS_HOST: 'http://may chu' })).toThrow(/METRICS_HOST không hợp lệ: "http:\/\/may chu". Ghi một địa chỉ IP/);
  });

  it('never repeats the token in a refusal, and lists every problem at once', () => {
    const short = 'bi-mat-ngan';
    expect(() => metricsConfig({ METRICS_TOKEN: short })).toThrow('METRICS_TOKEN không hợp lệ. Cần ít nhất 32 ký tự (ví dụ: openssl rand -hex 24).');
    expect(() => metricsConfig({ METRICS_TOKEN: `${'x'.repeat(32)} y` })).toThrow('METRICS_TOKEN không hợp lệ. Không được chứa khoảng trắng.');
    let message = '';
    try {
      metricsConfig({ METRICS_PORT: '-1', METRICS_TOKEN: short });
    } catch (e) {
      message = (e as Error).message;
      expect((e as { code?: string }).code).toBe('config');
    }
    expect(message).toMatch(/^Cấu hình không hợp lệ:\n- METRICS_PORT không hợp lệ: "-1"\. .*\n- METRICS_TOKEN không hợp lệ\. /);
    expect(message).not.toContain(short);
  });
});
