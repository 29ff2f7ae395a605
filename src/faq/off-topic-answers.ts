import type { Localized } from '../i18n/localized.ts';
import type { OffTopic } from './off-topic.ts';

/** Where a question about a nearby topic belongs, said before the bot offers what it can do and a person. */
export const OFF_TOPIC_POINTERS: Readonly<Record<OffTopic, Localized>> = {
  icp_filing: {
    en: 'ICP filing is a separate process with its own console and its own review: its documents, review times, fees and rejections are handled there, not by domain identity verification. The one link between them: the filing entity must match the domain\'s verified holder, and verification data takes 3–5 working days to reach the communications administration.',
    zh: 'ICP 备案是单独的流程，有自己的备案控制台和审核：备案材料、审核时间、费用和驳回都在那里处理，不属于域名实名认证。两者唯一的关联是：备案主体须与域名的实名信息一致，实名数据同步到管局需要 3–5 个工作日。',
  },
  ssl: {
    en: 'SSL/HTTPS certificates are a separate product, ordered and installed through the certificate service; domain identity verification does not issue or renew them.',
    zh: 'SSL/HTTPS 证书是单独的产品，需要在证书服务中申请和安装；域名实名认证不会签发或续期证书。',
  },
  mail_setup: {
    en: 'Mail setup (mailboxes, MX, SPF and DKIM records) is done with your mail provider and in the domain\'s DNS settings; domain verification only needs one working email address to send its code to.',
    zh: '邮箱设置（邮箱账号、MX、SPF、DKIM 记录）需要在邮箱服务商和域名的 DNS 解析设置中完成；域名实名认证只需要一个能收到验证码的有效邮箱。',
  },
  hosting: {
    en: 'Hosting and cloud server plans and prices are on the hosting and server product pages, and building the website itself is a job for a web developer or a site builder; I cannot quote or set them up.',
    zh: '主机和云服务器的套餐与价格请查看相应产品页面，网站本身的搭建请找建站服务商或网站开发人员；我无法报价，也无法帮您开通。',
  },
  other_real_name: {
    en: 'Real-name checks of other services (payment apps, banks, other platforms) are done inside those services; they do not verify your domain, and domain verification does not verify them.',
    zh: '其他服务（支付软件、银行、其他平台）的实名认证需要在对应的服务里完成；它们不能代替域名实名认证，域名实名认证也不能代替它们。',
  },
  domain_orders: {
    en: 'Renewals, transfers, refunds, invoices and domain prices are handled on the domain console\'s order and billing pages, or by support.',
    zh: '续费、转移、退款、发票和域名价格请在域名控制台的订单和费用页面处理，或咨询人工客服。',
  },
  company: {
    en: 'Setting up a company is a matter for the business registration authority; once you have the business license, I can help you verify a domain for the company.',
    zh: '注册公司需要向工商登记机关办理；拿到营业执照后，我可以帮您为公司的域名做实名认证。',
  },
};

/** What the bot can do, said after a pointer elsewhere, with the offer of a person. */
export const WHAT_I_CAN_DO: Localized = {
  en: 'I can help with identity verification for domain names: which documents and photos to provide, the registrant profile, review times, failed reviews and domain status. Would you like to talk to a person about this instead?',
  zh: '我可以帮您办理域名实名认证：需要哪些证件和照片、信息模板、审核时间、审核失败原因和域名状态。需要为您转人工客服吗？',
};
