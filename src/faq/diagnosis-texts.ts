import type { Localized } from '../i18n/localized.ts';

/** The explanations of each diagnosis step, with `{domain}`, `{profileId}`, `{reasons}` … placeholders. */
export const DIAGNOSIS_TEXTS = {
  notRegistered: {
    en: '{domain} is not registered with this registrar (or not under this account), so I cannot see its status. Check the spelling; if it is registered elsewhere, its verification is done there.',
    zh: '{domain} 不在本注册商（或不在此账号下），我无法查看它的状态。请检查拼写；如果域名在其他注册商注册，需要在那里完成实名认证。',
  },
  clientHold: {
    en: '{domain} is on clientHold: a registrar lock, usually set by Alibaba Cloud because of a violation or dispute. Identity verification does not lift it. Check your internal messages and emails from Alibaba Cloud and follow the instructions; a support agent can help.',
    zh: '{domain} 处于 clientHold（注册商锁定）状态，通常是阿里云因域名涉及违规或纠纷而设置，实名认证无法解除。请查看阿里云的站内信和邮件并按提示处理，也可以联系人工客服。',
  },
  alsoUnverified: {
    en: 'The domain is also not identity-verified yet.',
    zh: '此外，该域名也尚未完成实名认证。',
  },
  enhanced: {
    en: '{domain} is verified but still on serverHold (registry lock). For a .cn/.中国 domain this usually means the registry requires enhanced identity verification: look for the official notice, fill out the enhanced verification materials and submit them within 10 calendar days. It can also mean the domain points to an illegal website. A support agent can confirm which.',
    zh: '{domain} 已实名认证，但仍处于 serverHold（注册局锁定）状态。对 .cn/.中国 域名而言，这通常表示注册局要求强化实名认证：请查找官方通知，填写强化实名认证材料，并在 10 个自然日内提交。也可能是域名指向了违法网站。人工客服可以帮您确认。',
  },
  serverHoldVerified: {
    en: '{domain} is verified but still on serverHold (registry lock). Since verification passed, the registry has another reason, such as the domain pointing to an illegal website. A support agent needs to look at this.',
    zh: '{domain} 已实名认证，但仍处于 serverHold（注册局锁定）状态。既然实名已通过，注册局锁定另有原因，例如域名指向违法网站。需要人工客服处理。',
  },
  serverHoldUntilVerified: {
    en: 'Until then the registry keeps the domain on serverHold, so it does not resolve; the lock is lifted after verification succeeds.',
    zh: '在此之前，注册局会保持 serverHold 锁定，域名无法解析；实名认证成功后锁定会解除。',
  },
  associationAuditing: {
    en: '{domain} is associated with a verified profile and the registry is reviewing it. This usually finishes within 1 day, sometimes 3–5 business days. Nothing to do now: I will tell you when it is done.',
    zh: '{domain} 已关联认证成功的信息模板，注册局正在审核。通常 1 天内完成，部分需要 3–5 个工作日。现在无需操作，审核结束时我会通知您。',
  },
  associationFailed: {
    en: 'The verification review of {domain} failed:\n{reasons}\nFix the registrant profile (or the cause above) and submit the domain for verification again.',
    zh: '{domain} 的实名审核未通过：\n{reasons}\n请修改信息模板（或处理上述原因），然后重新提交域名实名认证。',
  },
  profileMissing: {
    en: '{domain} has no verified registrant profile yet. The first step is to create a profile and have it verified; I can take you through it now.',
    zh: '{domain} 还没有认证成功的信息模板。第一步是创建信息模板并通过认证，我现在就可以带您完成。',
  },
  profileNonaudit: {
    en: 'Registrant profile {profileId} has not been submitted for verification yet, so {domain} cannot be verified. Submit the profile with its document photo.',
    zh: '信息模板 {profileId} 尚未提交实名认证，因此 {domain} 无法认证。请提交模板及证件照片。',
  },
  profileAuditing: {
    en: 'Registrant profile {profileId} is still in review. This usually takes 1 business day, sometimes 3–5 business days. As soon as it is verified, associate it with {domain}; I will tell you when the review finishes.',
    zh: '信息模板 {profileId} 仍在审核中，通常需要 1 个工作日，部分需要 3–5 个工作日。认证成功后，请立即将其关联到 {domain}；审核结束时我会通知您。',
  },
  profileFailed: {
    en: 'Registrant profile {profileId} failed verification:\n{reasons}\nCorrect the materials and resubmit the profile; once it is approved, associate it with {domain}.',
    zh: '信息模板 {profileId} 实名认证失败：\n{reasons}\n请修改材料并重新提交模板；审核通过后，再将其关联到 {domain}。',
  },
  notAssociated: {
    en: 'Registrant profile {profileId} is verified, but {domain} is not associated with it yet. That is the missing step: associate the profile with the domain (Registrant Identity Verification > Quick Verification), and the domain review usually finishes within 1 day.',
    zh: '信息模板 {profileId} 已认证成功，但 {domain} 尚未关联该模板，这就是缺少的一步：将模板关联到域名（域名实名认证 > 快速认证），域名审核通常 1 天内完成。',
  },
  normal: {
    en: '{domain} is verified and its status is Normal: identity verification is complete.',
    zh: '{domain} 已完成实名认证，状态为"正常"。',
  },
  nextSteps: {
    en: 'Next: set up DNS records pointing to your server, and if the website is hosted in the Chinese mainland, complete ICP filing (the filing entity must match the verified holder).',
    zh: '下一步：配置指向您服务器的 DNS 解析记录；如果网站服务器在中国内地，还需完成 ICP 备案（备案主体须与实名信息一致）。',
  },
  dnsFailed: {
    en: 'I could not look up the DNS of {domain} right now ({error}). Make sure it has name servers and an A record; if the website is hosted in the Chinese mainland, it also needs ICP filing.',
    zh: '暂时无法查询 {domain} 的 DNS（{error}）。请确认它已设置 DNS 服务器和 A 记录；如果网站服务器在中国内地，还需要 ICP 备案。',
  },
  dnsNoNameServers: {
    en: 'But {domain} has no name servers in public DNS, so it cannot resolve. Set the DNS servers for the domain (e.g. the registrar\'s default DNS), then add an A record pointing to your server.',
    zh: '但 {domain} 在公共 DNS 中没有 DNS 服务器，因此无法解析。请为域名设置 DNS 服务器（例如注册商的默认 DNS），再添加指向服务器的 A 记录。',
  },
  dnsNoAddress: {
    en: '{domain} has name servers ({ns}) but no A record, so browsers cannot find your server. Add an A record with your server\'s IP address.',
    zh: '{domain} 有 DNS 服务器（{ns}），但没有 A 记录，浏览器找不到您的服务器。请添加指向服务器 IP 的 A 记录。',
  },
  dnsResolves: {
    en: '{domain} resolves to {a}. If the website still does not open: check the server at that address, and if it is in the Chinese mainland, complete ICP filing; new DNS records can also take a while to spread.',
    zh: '{domain} 解析到 {a}。如果网站仍然打不开：请检查该地址上的服务器；如果服务器在中国内地，需要完成 ICP 备案；新的解析记录生效也需要一段时间。',
  },
} as const satisfies Record<string, Localized>;
