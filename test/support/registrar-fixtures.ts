import type { ProfileSubmission } from '../../src/registrar/types.ts';

/** Bytes that start like a JPEG, sized inside the registrar's 55 KB – 1 MB image limits by default. */
export function fakeJpeg(size = 60 * 1024): Buffer {
  const bytes = Buffer.alloc(size, 7);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
}

/** A complete, valid submission for a mainland individual; override any field. */
export function sampleSubmission(over: Partial<ProfileSubmission> = {}): ProfileSubmission {
  return {
    registrantType: 'individual', name: '张三', nameEn: 'Zhang San', credentialType: 'SFZ', credentialNo: '11010519491231002X',
    credentialImage: { bytes: fakeJpeg(), contentType: 'image/jpeg' }, regionId: 'zhejiang', country: 'CN', region: '浙江省', regionEn: 'zhe jiang', city: '杭州市', cityEn: 'hang zhou shi',
    address: '西湖区文三路 1 号', addressEn: 'No. 1 Wensan Road', postalCode: '310024', email: 'zs@example.com',
    phone: { countryCode: '86', number: '13123456789' }, ...over,
  };
}
