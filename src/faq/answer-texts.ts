import type { Localized } from '../i18n/localized.ts';

/** The fixed part of each FAQ answer, from the registrar's identity-verification guide; answers.ts tailors around it. */
export const ANSWER_TEXTS = {
  whyUnverified: {
    en: 'A domain becomes verified in two steps, so check both:\n1. Is your registrant profile verified? Its status must be "Identity Verification Successful"; if it failed, fix it and resubmit.\n2. Is the domain associated with that verified profile? Open the domain, go to Registrant Identity Verification > Quick Verification and select the verified profile.\nAfter the association the domain review usually finishes within 1 day (sometimes 3–5 business days).',
    zh: '域名实名认证分两步，请逐一检查：\n1. 信息模板是否已认证成功？模板状态须为"实名认证成功"；如果失败，请修改后重新提交。\n2. 域名是否已关联这个认证成功的模板？点击域名，进入"域名实名认证 > 快速认证"，选择已认证的模板。\n关联后，域名审核通常 1 天内完成（部分需要 3–5 个工作日）。',
  },
  reviewTime: {
    en: 'A registrant profile is usually reviewed within 1 business day, in some cases 3–5 business days. After you associate the verified profile with a domain, the domain review usually finishes within 1 day, in some cases 3–5 business days. I will tell you when a review finishes.',
    zh: '信息模板的审核通常在 1 个工作日内完成，部分情况需要 3–5 个工作日。将认证成功的模板关联到域名后，域名审核通常 1 天内完成，部分情况需要 3–5 个工作日。审核结束时我会通知您。',
  },
  failureReason: {
    en: 'On the Registrant Profiles page, click View next to the profile to see why it failed. Correct the materials, upload them again, and once the profile is approved, submit the domain for verification again. Common reasons: the name or number does not match the document exactly, the wrong document type, an unclear or cut-off photo, or a document issued less than 10 days ago.',
    zh: '在"信息模板"页面，点击模板右侧的"查看"即可看到失败原因。按原因修改材料并重新上传；模板审核通过后，再重新提交域名实名认证。常见原因：姓名/名称或证件号码与证件不完全一致、证件类型选错、照片不清晰或不完整、证件新办理不满 10 天。',
  },
  fixProfileIndividual: {
    en: 'The registrant name must be exactly the same as on your identity document (and, if you will do ICP filing later, the same as the filing entity). Correct the wrong field, keep the details consistent with the uploaded document, and resubmit; the profile is reviewed again. Tell me which field to change, e.g. "change my email".',
    zh: '注册人姓名必须与上传的证件完全一致（以后要做 ICP 备案的，还须与备案主体一致）。请修改出错的字段，保持信息与上传的证件一致，然后重新提交，模板会重新审核。告诉我要改哪一项即可，例如"修改邮箱"。',
  },
  fixProfileEnterprise: {
    en: 'The organization name must be exactly the same as on the uploaded certificate, including punctuation (keep "·" and "《》" in the Chinese name, drop them in the English one), and the code must match the certificate. The address must match the certificate too. Correct the wrong field and resubmit; the profile is reviewed again. Tell me which field to change, e.g. "change the address".',
    zh: '单位名称必须与上传的证件完全一致，包括标点（中文名称保留"·"和"《》"，英文名称中去掉），证件号码也须与证件一致，地址须与证件登记地址一致。请修改出错的字段后重新提交，模板会重新审核。告诉我要改哪一项即可，例如"修改地址"。',
  },
  stillInaccessible: {
    en: 'Once the domain is verified, the registry lifts the serverHold lock, usually by the next day. If the site still does not open:\n• DNS: the domain needs name servers and a record (e.g. an A record) pointing to your server; new records can take a while to spread.\n• ICP filing: a website on a server in the Chinese mainland must also complete ICP filing before it can be served.\n• Check the domain status: clientHold or serverHold still blocks resolution.',
    zh: '域名实名认证通过后，注册局会解除 serverHold 锁定，通常在次日生效。如果网站仍然打不开：\n• DNS：域名需要有 DNS 服务器，并有指向您服务器的解析记录（例如 A 记录）；新记录生效需要一段时间。\n• ICP 备案：服务器在中国内地的网站还必须完成 ICP 备案才能访问。\n• 检查域名状态：clientHold 或 serverHold 仍会阻止解析。',
  },
  statusMeaning: {
    en: 'Domain statuses:\n• Normal / ok: verification succeeded, nothing blocks the domain; you can do ICP filing and DNS.\n• Unverified (Identity Verification Not Completed): the profile is not verified or not associated with the domain yet.\n• serverHold (registry lock): the domain does not resolve. Most often identity verification failed or is not done; it can also mean the domain points to an illegal website or enhanced verification is required.\n• clientHold (registrar lock): usually set by Alibaba Cloud, e.g. for a violation or dispute. Check your internal messages and emails from Alibaba Cloud and follow them.\n• client/serverTransferProhibited, UpdateProhibited, DeleteProhibited: protections against transfer, change or deletion; they do not stop the website.',
    zh: '域名状态说明：\n• 正常 / ok：实名认证成功，域名没有限制，可以进行 ICP 备案和 DNS 解析。\n• 未实名认证：信息模板尚未认证成功，或尚未关联到域名。\n• serverHold（注册局锁定）：域名无法解析。最常见的原因是实名认证失败或未完成；也可能是域名指向违法网站，或需要强化实名认证。\n• clientHold（注册商锁定）：通常由阿里云设置，可能因为域名涉及违规或纠纷。请查看阿里云的站内信和邮件并按提示处理。\n• client/serverTransferProhibited、UpdateProhibited、DeleteProhibited：禁止转移、修改或删除的保护状态，不影响网站访问。',
  },
  documentsGeneral: {
    en: 'The documents depend on who the registrant is:\n• Enterprise in the Chinese mainland: Business License (recommended), or a Unified Social Credit Code Certificate, Public Institution Legal Person Certificate or similar, with a valid 18-character code.\n• Enterprise outside the mainland: an official registration document such as a BR or Certificate of Incorporation (no website screenshots).\n• Mainland resident: ID card (photo side); alternatives: temporary ID card, household registration booklet or certificate.\n• Hong Kong / Macao resident: Residence Permit, or Mainland Travel Permit.\n• Taiwan resident: Residence Permit, or Mainland Travel Permit.\n• Foreign national: passport, or Foreign Permanent Resident ID Card.\nTell me which one you are and I will give you your exact list.',
    zh: '所需证件取决于注册者身份：\n• 中国内地企业：营业执照（推荐），或统一社会信用代码证书、事业单位法人证书等，须有有效的 18 位统一社会信用代码。\n• 中国内地以外的企业：官方登记证件，例如商业登记证（BR）或公司注册证书（CI）（网站截图无效）。\n• 内地居民：身份证（人像面）；也可用临时身份证、户口簿或户籍证明。\n• 港澳居民：港澳居民居住证，或港澳居民来往内地通行证。\n• 台湾居民：台湾居民居住证，或台湾居民来往大陆通行证。\n• 外国人：护照，或外国人永久居留身份证。\n告诉我您属于哪一类，我给您列出准确的清单。',
  },
  mergeIdCard: {
    en: 'If both sides of the ID card are requested, they must be in one image. Easiest: send me both photos and I will merge them for you. To do it yourself:\n• Windows: open Paint, make the canvas wide enough, paste the photo side and the national emblem side, place them side by side or one above the other, crop the blank area and save as JPG or PNG.\n• macOS: open both images in Preview; in the first, Command+A, Command+X, enlarge the canvas with Tools > Adjust Size, Command+V; then cut the second image, paste it onto the first canvas, move it into place, crop and save.\nOnline merging tools work too, but uploading ID photos to them is a privacy risk.',
    zh: '如果要求提供身份证正反面，必须放在同一张图片里。最简单：把两张照片发给我，我来帮您合成。自己合成的方法：\n• Windows：打开"画图"，把画布调到足够宽，依次粘贴人像面和国徽面，左右或上下排列，裁掉空白后另存为 JPG 或 PNG。\n• macOS：用"预览"打开两张图片；在第一张中按 Command+A、Command+X，通过"工具 > 调整大小"放大画布，再按 Command+V 粘回；然后剪切第二张，粘贴到第一张的画布上并移到合适位置，裁剪后保存。\n也可以用在线拼图工具，但上传证件照片有泄露个人信息的风险。',
  },
  specialSuffixGeneral: {
    en: 'Some suffixes need extra qualifications besides the basic documents:\n• .gov.cn: the Domain Name Registration Application Form (generated during verification; download, print, fill out and stamp it), a copy of the Organization Code Certificate showing a government agency legal person, and a copy of the registration contact\'s ID card. An agency can hold at most two .gov.cn names, and CNNIC will call to verify.\n• .trademark: the registrant name must be identical to the trademark owner, plus proof of trademark rights (registration certificate, application receipt or letter of authorization).\n• .restaurant: the Letter of Commitment for .restaurant Domain Name Application, or proof of entity qualification plus catering (or catering-website) qualifications for your role.\n• .cn/.中国: enhanced verification, only when you receive an official notice.',
    zh: '部分后缀除基本证件外还需要额外资质：\n• .gov.cn：《域名注册申请表》（认证过程中生成，需下载、打印、填写并盖章）、机构类型为"机关法人"的组织机构代码证复印件、注册联系人的身份证复印件。一个机关最多持有两个 .gov.cn 域名，CNNIC 会来电核实。\n• .trademark：注册者名称须与商标所有人完全一致，并提供商标权利证明（商标注册证、申请受理通知书或授权书）。\n• .restaurant：《.restaurant 域名申请承诺书》，或按您的角色提供主体资质证明及餐饮（或餐饮网站）相关资质。\n• .cn/.中国：仅在收到官方通知时需要强化实名认证。',
  },
  enhanced: {
    en: 'Enhanced verification for .cn/.中国 domains is needed only in special cases, usually when you receive an official notification. Then download the attachment in "Materials for Enhanced Identity Verification", fill it out as required, and submit it within 10 calendar days through the Submission Page for Enhanced Identity Verification Materials for .cn and .China Domain Names. Until it is done the domain can stay on serverHold.',
    zh: '.cn/.中国 域名的强化实名认证只在特殊情况下需要，通常是在您收到官方通知时。届时请下载"强化实名认证材料"中的附件，按要求填写，并在 10 个自然日内通过".cn/.中国域名强化实名认证材料提交页面"提交。完成之前，域名可能一直处于 serverHold 状态。',
  },
  cost: { en: 'Identity verification for domain names is free of charge.', zh: '域名实名认证是免费的，不收取任何费用。' },
  account: {
    en: 'They are two different things. Verifying your Alibaba Cloud account is a prerequisite for registering a domain, but it does not verify your domains: each domain still needs a verified registrant profile associated with it.',
    zh: '这是两件不同的事。阿里云账号实名认证是注册域名的前提，但它不会让域名通过实名认证：每个域名仍需关联一个认证成功的信息模板。',
  },
  contact: {
    en: 'No. The domain name contact does not need identity verification; only the registrant is verified. We recommend a technical staff member of the company as the contact.',
    zh: '不需要。域名联系人无需进行实名认证，只有注册者需要认证。建议由公司的技术人员担任域名联系人。',
  },
  emailSuffix: {
    en: 'Use a real, valid email address; you will verify it with a code. Avoid addresses on new top-level domains (such as test@test.club, .xyz or .top) to prevent problems with domain order processing; a common provider or your company\'s .com/.cn address is safer.',
    zh: '请填写真实有效的邮箱，需要通过验证码验证。建议不要使用新顶级域名后缀的邮箱（例如 test@test.club、.xyz、.top），以免影响域名订单处理；常见邮箱服务商或公司的 .com/.cn 邮箱更稳妥。',
  },
  profileReuse: {
    en: 'Yes. A registrant profile is created once and reused: after it is verified you can associate it with one or many domains under your account, and each association is reviewed (usually within 1 day). You do not need a new profile per domain.',
    zh: '可以。信息模板创建一次即可重复使用：认证成功后，可以关联您账号下的一个或多个域名，每次关联都会审核（通常 1 天内）。不需要为每个域名单独建模板。',
  },
  nextSteps: {
    en: 'When the domain status is Normal, verification is complete. Next:\n• DNS: add records (e.g. an A record) pointing the domain to your server.\n• ICP filing: needed if the website is hosted on a server in the Chinese mainland. The filing entity must match the domain\'s verified holder (same name, document type and number), and the verification data can take 3–5 working days to reach the communications administration, so wait a few days before filing.',
    zh: '域名状态变为"正常"即表示实名认证完成。接下来：\n• DNS：添加解析记录（例如 A 记录），将域名指向您的服务器。\n• ICP 备案：网站服务器在中国内地时需要备案。备案主体须与域名实名信息一致（名称、证件类型和号码相同），实名数据同步到管局可能需要 3–5 个工作日，建议过几天再提交备案。',
  },
  human: {
    en: 'Of course. I will hand this conversation to a support agent, with a summary so you do not have to repeat yourself.',
    zh: '好的。我会把对话转给人工客服，并附上摘要，您不需要重复说明。',
  },
  outOfScope: {
    en: 'Sorry, I can only help with identity verification for domain names (documents, photos, reviews, domain status). Would you like to talk to a person instead?',
    zh: '抱歉，我只能解答域名实名认证相关的问题（材料、照片、审核、域名状态）。需要为您转人工客服吗？',
  },
} as const satisfies Record<string, Localized>;
