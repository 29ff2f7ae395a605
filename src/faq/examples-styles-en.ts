import type { IntentId } from './intents.ts';
import { phrases } from './phrases.ts';

/**
 * Many more English phrasings per intent, written from the guide in the styles people type in: shorthand and typos
 * ("verificaton", "pls", "2 days"), the situation told first and the question last, vague words ("my stuff", "the
 * thing", "it"), impatience and small talk around the question, and a word of Chinese in between. They teach the
 * model the meaning behind many ways of saying it rather than one sentence per way.
 */
export const STYLE_EXAMPLES_EN: Readonly<Record<IntentId, readonly string[]>> = {
  why_unverified: phrases(`hey so the console still has my domain as unverified, what am i supposed to do about that
    | domain list says identity verification not completed next to my site, why
    | my template shows successful but the domain is still marked not done?? confused
    | how do i get rid of the unverified label on my domain | bought the domain last week and it still says needs real name
    | i linked nothing i think, is that why the domain isnt verified | what does it take to get my domain from unverified to verified
    | profile = approved, domain = unverified. what did i miss | still got the red unverified tag on my domain after all that
    | is my domain not verified because i never picked a profile for it | the domain page keeps nagging me to finish verification
    | uploaded my id ages ago, domain still not verifed, pls explain
    | why would one domain be verified and the other one not, same account | domain still pending identity check, whats holding it
    | how can my domain be unverified when my info is all approved | every time i log in it says my domain needs real-name, why
    | the domain overview still has a yellow warning about real name, what step is left
    | i think i did everything but the domain status never changed from unverified
    | why hasnt my domain picked up the verified profile | so the domain is unverified but nobody told me why
    | the bot said my domain needs verification, isnt it done already
    | my domain is marked as pending real-name verification, how do i finish it`),
  review_time: phrases(`how many business days does the profile review usually take | is it 1 day or more like a week for approval
    | submitted friday night, will anyone look at it before monday
    | how fast is the approval usually
    | waiting since yesterday, is that normal or slow | whats the usual turnaround for the identity check
    | when can i expect the verification result | can you speed up my review, been 3 days
    | its still in review, how much longer roughly | do i wait hours or days for the domain part | any way to know when the review finishes
    | is 5 days of waiting normal for this | still pending after 48 hours, how long does it normally take
    | how quickly do u process these | i need it done by tomorrow, how long does review take
    | need the site up by the weekend, will the check be done in time | is there a usual wait after i hit submit
    | how long do u guys take to look at an application
    | just uploaded everything, roughly when should it come through
    | my client is waiting, how long does this review normally run | any chance it gets reviewed today
    | is the 1 business day thing real or does it take longer`),
  failure_reason: phrases(`it says identity verification failed, where can i read why | the status turned to failed, how do i find out the reason
    | my profile review didnt go through, what now | rejected again, is there a way to see what was wrong
    | where do i click to see why the template failed | verification failed and i got no reason, help
    | it failed twice now, what should i fix
    | why would my identity check fail if my id is valid
    | failed with no details, what are the common reasons | what happens after a failed review, do i start over
    | got a failed notice, can i just upload a new photo and resubmit | i dont get why it was denied, the info is all correct
    | verification came back unsuccessful for the 3rd time, what is wrong | where is the view button for the fail reason
    | ugh it failed again and i have no idea what they want | the review said no, where do i see the note about why
    | failed!! what was wrong with my upload | verification rejected, the message doesnt say what to fix
    | i keep getting a failed result, what is the problem | why did they turn my profile down
    | profile failed, what do people usually get wrong
    | rejected with some reason code, where can i read it properly
    | the check failed even though i followed the steps, why`),
  fix_profile_info: phrases(`the company name on my profile has a typo, how do i change it | i need to correct the address in my registrant profile
    | can i modify the profile after it got approved | the english name of the company got filled in wrong, can i edit it
   
    | the registrant name has to match the id exactly? mine has a middle name | wrong phone number on my profile, how to update
    | the postal code i entered is wrong | my region doesnt match the address on the certificate, how do i fix it
    | i put the credit code in wrong, can i edit it | the info in the template doesnt match my licence, how do i update it
    | how to change the registrant info on an existing template | can i change the name on my profile to my new company name
    | the english profile was auto filled and its wrong, can i change it | what do i put in the extension field, i dont have one
    | i need to edit the address on my verified profile | spelled my own name wrong in the registrant field, oops
    | can i update the contact phone on the profile | the company name i typed has a missing letter
    | how do i change the registrant email on my template | the mailing address must match the licence? mine doesnt
    | i moved house, how do i update my profile address | i want to correct the organisation name on my profile
    | how do i write a name with the dot symbol · in the english profile
    | the registrant name must match the id, what about punctuation
    | do brackets like 《》 stay in the chinese name field`),
  still_inaccessible: phrases(`domain shows normal now but my website still wont open, why | verified yesterday, the site still times out for everyone
    | the domain passed but nslookup returns nothing | verification ok but dns still not resolving, what else do i check
    | after verification my site shows server not found | the status is normal and yet the page cant be reached
    | verified and still the browser says this site cant be reached
    | passed the check but my site is still offline, do i need to set dns | why is my website unreachable after the domain was approved
    | the domain got verified but my email and site are both dead | it went through this morning, still cant load anything on the domain
    | status normal for two days and the site still wont come up | domain verified but ping fails, whats wrong
    | website still down even though verification finished, is it an icp thing | now verified but i get a resolve error on my site
    | site still unreachable after verification, dns says nxdomain
    | err_name_not_resolved on my domain even though its verified
    | the domain is verified but my server cant be reached through it | verified a day ago and still host not found
    | everything shows ok in the console but the site wont resolve
    | why does my verified domain still not point to my server
    | verification passed and my site still says this page isnt working
    | visitors get a dns error even after the domain passed`),
  domain_status_meaning: phrases(`what is serverhold and why is my domain on it | my domain status changed to clienthold, what happened
    | what does registry lock mean on my domain | the whois shows clienttransferprohibited, should i worry
    | what's the difference between a registrar lock and a registry lock
    | why did my domain suddenly go to serverhold | what does pendingverification mean in whois | my domain says inactive, meaning?
    | what is clientdeleteprohibited | whois lists a bunch of prohibited statuses, are those bad | what does hold mean in the status column
    | what causes a serverhold status | the domain got put on hold by the registry, what does that mean`),
  required_documents: phrases(`what docs do i need to get verified as a person | for a company what do i have to upload
    | im from hong kong, which document works for me | what can a taiwan resident use for verification
    | we are a foreign company, what registration papers are ok | does a certificate of incorporation work
    | is a household register booklet accepted | i lost my id, can i use a temporary id card | what if i only have a passport
    | do i need the business license or the credit code certificate | can a public institution use its legal person certificate
   
    | what do i prepare before i start the verification | what documents for a sole proprietor | which id do you take from a macau resident
    | what id do i use if im not chinese | which documents work for a company outside mainland china
    | do you take a residence permit for hong kong people
    | what do i upload as a sole trader with a business licence
    | for a school or hospital which certificate do you want | i have no id card right now, what else can i use
    | what does a foreign individual need to send | my company is registered in singapore, what paper do i upload
    | for a mainland id card, is the photo side alone what you need
    | does the national emblem side have to be sent as well
    | are website screenshots accepted instead of an official certificate
    | can proof from an online company lookup replace the registration certificate`),
  photo_requirements: phrases(`what image formats can i upload | is heic ok or only jpg | the photo is 7mb, is that too big
    | does the scan have to be in color | can i upload a black and white copy | my photo has a bit of glare, will it pass
    | do all four corners need to be in the picture | my finger covers part of the card, is that a problem
    | can i put a watermark on the id photo | can i edit the picture in photoshop to make it clearer | i renamed the file to .jpg, is that fine | the upload says file too large, what is the limit | does the photo have to be of the original
    | can i use a photocopy | my picture is blurry, do i retake it | is a screenshot of a scan acceptable
    | the upload keeps refusing my photo, what are the rules
    | my picture is too big to upload, how small does it have to be
    | the scan got flagged as unclear, how sharp does it need to be | what counts as a clear enough photo
    | can i crop the photo of my licence | the image is sideways, is that ok
    | upload fails for my png, which formats work | photo too dark and got rejected, any tips`),
  merge_id_card: phrases(`how do i combine the front and back of my id into one image | the system wants both sides but only one upload, how
    | how do i merge two pictures on a mac with preview
    | can i paste the emblem side and photo side into one file | how do i make one image out of two on my phone
    | is there an easy way to join the two id pictures | do i stack them top and bottom or side by side
    | what app can i use to put both sides of my id in one picture | paint: how do i fit two images on one canvas
    | front and back in one file, any tips | it asks for both sides of the card in a single image, help
    | only one upload slot but my id has a front and a back | how do i get both card sides into a single jpg
    | can i merge the two photos of my id on my iphone | combining two images into one on windows, how
    | the system says upload front and back together, how do i do that`),
  special_suffix: phrases(`do .gov.cn domains need extra paperwork | what else is needed for a .edu.cn name
    | is there anything special for .org.cn | registering a .trademark, what do i need to provide
    | do i need special qualifications for .restaurant | what extra documents for a government domain
    | any additional proof for a school .edu domain | what does a .law domain require beyond the normal check
    | are there special rules for ngo domains like .org.cn | which suffixes need more than the standard documents`),
  enhanced_verification: phrases(`got an official notice about enhanced verification for my .cn domain, what do i do
    | how many days do i have to submit enhanced verification materials
    | what is enhanced verification and why is it needed for my .china domain | do i need to fill in an attachment for enhanced verification
    | my .cn is on serverhold and they want enhanced verification, how
    | is enhanced verification required for every .cn domain | 10 days deadline for enhanced verification, what if i miss it`),
  cost: phrases(`is identity verification free or do i pay | any hidden fees for verifying a domain
    | does it cost extra to verify my domain
    | is there a charge to submit a registrant profile | i got asked to pay for verification, is that legit
    | free or paid? the real-name thing | how much does the domain identity check cost | do you charge per domain for verification
    | does the review cost anything | someone wants a fee to speed up my verification, real?
    | is the domain verification free of charge | will i be charged for submitting my id
    | do i pay anything for the registrant profile review | is verifying my domain going to cost me
    | do i have to pay before verification starts | what is the fee for domain real name`),
  account_verification: phrases(`my alibaba cloud account is verified, why does my domain need it too
    | do i have to verify my account before the domain | account kyc vs domain kyc, whats the difference
    | i already did the face scan on my account, do i verify again for domains | does verifying the cloud account verify my domains
    | why is the domain verification separate from the account one | the account is enterprise verified, do domains still need a profile
    | account identity verification done, domain still needs it?`),
  contact_verification: phrases(`does the domain contact have to be verified too | does my tech guy need to do real name as the contact
    | who should be the domain contact, and does that person need verification | is verification needed for the admin contact
    | can the contact be someone else without verifying them | does the contact person need to upload id
    | only the registrant gets verified or the contacts also`),
  email_suffix: phrases(`can i use an email on a .club domain for the profile | is a new tld email address ok
    | which email address should i put in the registrant profile | is a gmail or outlook address fine
    | does the email need to be on my own domain | why should i avoid emails like name@shop.xyz
    | the email verification code never arrives, which mailbox should i use | can the profile email be a company mailbox`),
  profile_reuse: phrases(`can one profile cover all my domains | do i need a new template for every domain i register
    | i have a verified profile, can i use it for a new domain | can i link the same registrant profile to several domains
    | just registered another name, do i have to go through verification again
    | how do i attach my existing profile to another domain
    | is the profile reusable or one per domain | bulk verify many domains with the same template?
    | do i verify each domain separately or once for all
    | i bought a bunch of domains, does one verification cover them
    | will my existing profile work for the domain i buy next month
    | i have like 20 domains, one profile for all of them?
    | can the other domains in my account use the same verified template
    | do i have to submit my id again for every new domain
    | one registrant, many domains, how does verification work
    | can the template be shared between domains | is my template tied to one domain only
   
    | use my verified template again on the next domain
   `),
  no_certificate_number: phrases(`our overseas certificate has no number, what goes in the credit code field
    | the business registration has no registration number on it | what do i enter if the document has no id number
    | the field requires a number but my certificate doesnt have any | can i leave the certificate number empty
    | do i type 0 if there is no number | no unified social credit code on our foreign certificate, what do i put
    | my overseas company certificate shows no number anywhere | what if the document has no registration number
    | there is no code on our business registration, what do i type
    | the form wants a credit code but our foreign certificate has none`),
  next_steps: phrases(`domain is verified, what should i do next | status is normal now, do i do icp filing next
    | verification done, how do i set up dns | after verification do i need beian before the site works
    | finished the real name, whats left to get my site online | all approved, next step? | its verified, now what
    | can i configure dns records now that verification passed | verified, do i need to do anything else in the console
    | my domain is verified, how do i point it to my server | after the verification is it dns first or icp first
    | verified, how do i connect the domain to my hosting
    | the status is normal, how do i get my website working on it
    | do i need icp filing now that the domain is verified | what do i set up after the domain shows normal
    | verified! how do i make the domain open my site | its normal now, do i add dns records next`),
  human_agent: phrases(`can i talk to someone real please | i want a human, not a bot | get me a support person
    | is there a live agent i can chat with | can someone from your team call me | let me talk to customer service
    | i need to speak with a staff member | can i get a real human on this | please transfer me to a person
    | is there a phone number to talk to someone | i'd rather talk to a person about this
    | can i get someone on the phone | this is going nowhere, get me a real person | is there a human i can ask
    | need to talk to support staff about my case | can an agent take over this chat
    | i want to talk to your customer service team | can a person from your side check my account`),
  out_of_scope: phrases(`how do i set up icp filing for my site | how long does beian take these days | my icp application was rejected
    | how do i add a cname record | how do i change my nameservers
    | how do i set up spf for my mail | how much is a .com for a year | how do i renew my domain
    | can i get a refund on my domain order | where can i download my invoice
    | my alipay real name check failed | how do i buy a cloud server | what is the best hosting plan for a blog
    | can you write me a website | whats the time in beijing | my ecs instance is down | what is a cdn | how do i register a trademark | how do i open a bank account in china
    | how do i verify my phone number with my carrier | my sim card needs real name registration
    | my company mailbox cant receive mail | how do i switch my domain to cloudflare dns
    | whats the price of an ssl certificate | how long does a passport renewal take | do you sell cloud servers
    | my website got hacked, help | can you recommend a cms | how do i cancel my domain order
    | where do i change my console language
    | how do i register a trademark for my brand | how long does a trademark application take
    | my oss object gives access denied | my cdn shows a 403 error | how do i set up object storage`),
};
