import type { Localized } from '../../src/i18n/localized.ts';

/** Every sentence the verification dialog says that is not a field's own prompt or a validator's message. */
export const copy = {
  welcome: {
    en: "Hi! I'm dvbot. I'll get your domain names through registrant identity verification (实名认证): I'll tell you exactly which materials you need, check each answer and photo as you send it, submit them to the registrar and follow the review. Type \"help\" at any time, \"why\" to know why I ask something, \"back\" to go back, or \"中文\" to switch to Chinese.",
    zh: '您好！我是 dvbot，帮您完成域名实名认证：告诉您需要准备哪些材料，实时检查您填写的每一项和上传的每张照片，提交给注册商并跟进审核。随时输入“帮助”查看用法，输入“为什么”了解我为何需要某项信息，输入“返回”回到上一步，输入“English”切换为英文。',
  },
  askKind: { en: 'Who is the registrant (the owner of the domain names)?', zh: '域名持有者（注册人）是哪一类？' },
  kindNotUnderstood: {
    en: 'Please pick one of the options (tap a button or type its number).',
    zh: '请选择其中一项（点按钮或输入序号）。',
  },
  askDomains: {
    en: 'Which domain names are we verifying? Send one or more, separated by commas or spaces, e.g. example.com, example.cn',
    zh: '要认证哪些域名？可以一次发送多个，用逗号或空格分隔，例如：example.com, example.cn',
  },
  domainsInvalid: { en: 'I could not use these:', zh: '以下内容无法识别为域名：' },
  domainsAgain: { en: 'Please send the domain names again, e.g. example.com', zh: '请重新发送域名，例如：example.com' },
  checklistIntro: {
    en: 'Here is what to prepare for {domains}. Having it ready makes the review much faster:',
    zh: '{domains} 需要准备以下材料，提前备好能大大加快审核：',
  },
  checklistReady: { en: "I'm ready, let's fill in the profile", zh: '材料已备好，开始填写' },
  englishIntro: {
    en: 'I filled in the English profile from the Chinese one. Check it; to change a line, send e.g. "address: No. 1 Wensan Road":',
    zh: '我已根据中文信息自动生成英文信息，请核对；如需修改某项，请发送例如“address: No. 1 Wensan Road”：',
  },
  englishAccept: { en: 'Looks right', zh: '没问题' },
  englishEditHelp: {
    en: 'Send the line to change as "name: …", "organization: …", "city: …" or "address: …", or tap "Looks right".',
    zh: '请按“name: …”“organization: …”“city: …”或“address: …”的格式发送要修改的行，或点“没问题”。',
  },
  summaryIntro: { en: "Here is your registrant profile. Is everything exactly as on your document?", zh: '以下是您的注册人信息，是否与证件完全一致？' },
  summaryConfirm: { en: 'All correct', zh: '全部正确' },
  summaryEdit: { en: 'Change something', zh: '需要修改' },
  summaryWhichField: {
    en: 'Which item do you want to change? Say e.g. "change the postal code" or "email".',
    zh: '要修改哪一项？例如：“修改邮编”或“邮箱”。',
  },
  crossFieldProblem: { en: 'One answer does not fit with another:', zh: '有两项信息互相矛盾：' },
  emailSent: {
    en: 'I sent a 6-digit code to {email}. Please type it here (it is valid for 10 minutes).',
    zh: '验证码已发送至 {email}，请在此输入（10 分钟内有效）。',
  },
  emailFailed: {
    en: 'I could not send the email just now. Check the address or try again in a moment.',
    zh: '邮件暂时发送失败。请检查邮箱地址或稍后重试。',
  },
  emailVerified: { en: 'Email verified.', zh: '邮箱验证成功。' },
  emailWrong: { en: 'That code is not right. {left} tries left.', zh: '验证码不正确，还可以尝试 {left} 次。' },
  emailMalformed: { en: 'The code is 6 digits, e.g. 048213.', zh: '验证码为 6 位数字，例如 048213。' },
  emailExpired: { en: 'That code has expired (codes last 10 minutes).', zh: '验证码已过期（有效期 10 分钟）。' },
  emailLocked: { en: 'Too many wrong codes.', zh: '错误次数过多。' },
  emailResend: { en: 'Send a new code', zh: '重新发送验证码' },
  emailChange: { en: 'Change the email', zh: '修改邮箱' },
  emailTooSoon: { en: 'A new code can be sent in {seconds} seconds; the last one is still valid.', zh: '{seconds} 秒后可重新发送，上一个验证码仍然有效。' },
  emailResendLimit: {
    en: 'I have already sent several codes. Please check your spam folder, or change the address.',
    zh: '已多次发送验证码，请检查垃圾邮件箱，或修改邮箱地址。',
  },
  askPhoto: {
    en: 'Now send a photo or scan of your {document}{side}. Lay it flat, all four corners in the picture, no glare, in colour.',
    zh: '现在请发送您的{document}{side}照片或扫描件：平放拍摄，四个角都在画面内，无反光，彩色。',
  },
  sideBack: { en: ' — now the other side (national emblem side)', zh: '——现在请发送另一面（国徽面）' },
  photoNeeded: {
    en: 'I need a photo here: tap the photo/attach button, or type "why" to know why.',
    zh: '这里需要一张照片：请点拍照/附件按钮上传，输入“为什么”了解原因。',
  },
  photoAccepted: { en: 'Photo accepted.', zh: '照片已通过检查。' },
  photoRejected: { en: 'This photo cannot be used yet:', zh: '这张照片暂时无法使用：' },
  photoRetake: { en: 'Please send it again.', zh: '请重新发送。' },
  photoUnreadable: {
    en: 'I could not open that file. Please send a JPG, PNG, BMP, HEIC or WebP photo.',
    zh: '无法打开该文件。请发送 JPG、PNG、BMP、HEIC 或 WebP 格式的照片。',
  },
  uploadTooLarge: {
    en: 'That file is too large to receive (limit {limit} MB). Please send a smaller photo.',
    zh: '文件太大，无法接收（上限 {limit} MB），请发送较小的照片。',
  },
  uploadUnreachable: {
    en: 'I could not download that file from the chat. Please send it again, or as a file attachment.',
    zh: '无法从聊天中下载该文件，请重新发送，或以文件形式发送。',
  },
  mergedPreview: {
    en: 'I merged the two sides into one image, as the registrar requires:',
    zh: '已按注册商要求将正反面合并为一张图片：',
  },
  readyToSubmit: {
    en: 'Everything is ready: profile checked, email verified, document photo accepted. Submit to the registrar now?',
    zh: '一切就绪：信息已核对，邮箱已验证，证件照片已通过检查。现在提交给注册商吗？',
  },
  submitNow: { en: 'Submit', zh: '提交' },
  addBackSide: { en: 'Add the other side of the ID card', zh: '补充身份证另一面' },
  replacePhoto: { en: 'Send a different photo', zh: '换一张照片' },
  editProfile: { en: 'Change the profile', zh: '修改信息' },
  submitting: { en: 'Submitting to the registrar…', zh: '正在提交给注册商……' }, // shown while it runs (typing)
  submitFailed: {
    en: 'The registrar could not be reached just now. Nothing is lost; tap Submit to try again in a moment.',
    zh: '暂时无法连接注册商。您的信息不会丢失，请稍后点“提交”重试。',
  },
  submitted: {
    en: 'Submitted. The registrant profile is now in review: usually within 1 business day, sometimes 3 to 5 business days. I will tell you when it finishes; you can also ask "status" at any time.',
    zh: '已提交，注册人信息模板正在审核：通常 1 个工作日内完成，部分情况需要 3~5 个工作日。审核结束时我会通知您，您也可以随时发送“状态”查询。',
  },
  stillInReview: {
    en: 'Your profile is still in review (usually within 1 business day, sometimes 3 to 5).',
    zh: '您的信息模板仍在审核中（通常 1 个工作日内，部分需要 3~5 个工作日）。',
  },
  checkStatus: { en: 'Check the status', zh: '查询状态' },
  registrarUnavailable: {
    en: 'I could not reach the registrar to check. I will try again; ask me again in a moment.',
    zh: '暂时无法查询注册商，请稍后再问我。',
  },
  profileVerified: {
    en: 'Good news: your registrant profile passed identity verification. Now associating it with {domains}…',
    zh: '好消息：您的注册人信息模板已通过实名认证。正在将其关联到 {domains}……',
  },
  profileFailed: { en: 'The registrar rejected the profile. Reason:', zh: '注册商审核未通过，原因：' },
  profileFailedFix: {
    en: 'Correct what the reason says and resubmit. For an ID card, the registrar may now want both sides.',
    zh: '请按原因修改后重新提交。身份证可能需要同时提供正反两面。',
  },
  associated: {
    en: 'Done: {domains} submitted with your verified profile. This review usually finishes within 1 day, sometimes 3 to 5 business days. I will tell you when it finishes.',
    zh: '已完成关联：{domains} 已使用您的已认证模板提交审核。通常 1 天内完成，部分需要 3~5 个工作日，结束时我会通知您。',
  },
  associationRejected: { en: 'The registrar did not accept {domain}: {reason}', zh: '注册商未接受 {domain}：{reason}' },
  associationInReview: {
    en: 'The domain review is still running (usually within 1 day, sometimes 3 to 5 business days).',
    zh: '域名审核仍在进行中（通常 1 天内，部分需要 3~5 个工作日）。',
  },
  domainFailed: { en: 'The registry rejected the verification of {domain}: {reason}', zh: '{domain} 的实名审核未通过：{reason}' },
  allVerified: {
    en: 'All done! {domains} passed identity verification: the domain status is Normal. Next: ICP filing if the website is hosted in the Chinese mainland, then DNS records. To verify more domains with this profile, just send their names.',
    zh: '全部完成！{domains} 已通过实名认证，域名状态为正常（Normal）。下一步：如网站服务器在中国内地，需要办理 ICP 备案，然后配置 DNS 解析。如需用此模板认证更多域名，直接发送域名即可。',
  },
  afterDone: {
    en: 'Your verification is complete. Send more domain names to associate them with the same verified profile, ask me anything, or type "start over" to verify another registrant.',
    zh: '您的实名认证已完成。发送更多域名即可关联到同一个已认证的模板；有问题可以随时问我，或输入“重新开始”为其他注册人认证。',
  },
  help: {
    en: 'I guide you through domain identity verification step by step. Commands: "back" (previous step), "why" (why I need this), "start over", "human" (a support agent), "English"/"中文". You can also ask questions, e.g. "how long does the review take?"',
    zh: '我会一步步引导您完成域名实名认证。可用指令：“返回”（上一步）、“为什么”（为何需要此项）、“重新开始”、“人工”（转人工客服）、“English”/“中文”。也可以直接提问，例如“审核要多久？”',
  },
  cannotGoBack: { en: "There is no earlier step to go back to here.", zh: '这里没有可以返回的上一步。' },
  restartConfirm: {
    en: 'Start over? Everything you entered in this conversation will be cleared.',
    zh: '确定重新开始吗？本次对话中填写的内容将被清除。',
  },
  restartYes: { en: 'Yes, start over', zh: '是，重新开始' },
  restartNo: { en: 'No, continue', zh: '不，继续' },
  offerHelp: {
    en: 'This step seems to be causing trouble. Type "help" for tips, or a support agent can take over.',
    zh: '这一步似乎遇到了困难。输入“帮助”查看提示，或转人工客服处理。',
  },
  talkToHuman: { en: 'Talk to a person', zh: '转人工客服' },
  handoffRequested: {
    en: 'I have passed your request to the support team with a summary of where we are (your ID numbers, phone and email are masked); they will contact you. Type "bot" to continue with me meanwhile — nothing you entered is lost.',
    zh: '已将您的请求连同当前进度摘要（证件号、电话和邮箱已脱敏）转给客服团队，他们会与您联系。在此期间输入“机器人”可继续由我为您服务，已填写的内容不会丢失。',
  },
  handoffWaiting: {
    en: 'Your request is with the support team. Type "bot" to continue with me.',
    zh: '您的请求已转给客服团队。输入“机器人”可继续由我为您服务。',
  },
  backToBot: { en: "I'm back. Let's continue where we were.", zh: '我回来了，我们从刚才的地方继续。' },
  documentsDeleted: {
    en: 'Your document photos are deleted from dvbot. (A copy already submitted stays with the registrar for its review.)',
    zh: '您的证件照片已从 dvbot 删除。（已提交给注册商的副本由注册商用于审核。）',
  },
  staleButton: {
    en: 'That button belongs to an earlier step. Here is where we are now:',
    zh: '该按钮属于之前的步骤。我们现在进行到这里：',
  },
  photoNotNow: {
    en: "I don't need a photo at this step yet (I'll ask for the document photo after the profile and email). Here is where we are:",
    zh: '这一步还不需要照片（填写信息并验证邮箱后我会请您上传证件照片）。我们现在进行到这里：',
  },
  documentsNotDeleted: {
    en: 'I could not delete your documents just now; please try again in a moment.',
    zh: '暂时无法删除您的证件，请稍后重试。',
  },
  kindSaved: { en: 'Registrant: {kind}. (Type "back" to change it.)', zh: '注册人类型：{kind}。（输入“返回”可修改。）' },
  langSwitched: { en: 'Switched to English.', zh: '已切换为中文。' },
} satisfies Record<string, Localized>;

/** Why the bot needs what it asks in each step (the field steps answer with the field's own reason). */
export const whyByStep = {
  askingKind: {
    en: 'The registrar accepts different documents for enterprises and individuals, and by region; your answer decides the checklist and the profile fields.',
    zh: '注册商对企业和个人、不同地区接受的证件不同；您的选择决定材料清单和需要填写的信息。',
  },
  askingDomains: {
    en: 'Some suffixes (.gov.cn, .trademark, .restaurant, .cn/.中国) need extra qualifications, and the verified profile must be associated with each domain.',
    zh: '部分后缀（.gov.cn、.trademark、.restaurant、.cn/.中国）需要额外资质，且认证通过的模板需要关联到每个域名。',
  },
  awaitingEmailCode: {
    en: 'The registrar requires a real, valid email address that has passed email verification.',
    zh: '注册商要求填写真实有效的邮箱并完成邮箱验证。',
  },
  collectingDocuments: {
    en: 'The registrar checks your identity against a colour photo or scan of the original document; the name and number must match it exactly.',
    zh: '注册商需要根据证件原件的彩色照片或扫描件核验身份，姓名和证件号码必须与证件完全一致。',
  },
  other: {
    en: 'Every domain name in the Chinese mainland must complete identity verification before it can be resolved; without it the registry sets serverHold and the website is unreachable.',
    zh: '根据中国内地规定，所有域名必须完成实名认证才能解析使用；未完成的域名会被注册局锁定（serverHold），网站无法访问。',
  },
} satisfies Record<string, Localized>;
