import type { IntentId } from './intents.ts';
import { phrases } from './phrases.ts';

/**
 * More English training phrasings, written the way registrants type in a chat: the situation first and the question
 * after, typos and shorthand, indirect words ("my stuff", "it came back"), and near-miss topics that only share a
 * word with verification (ICP filing papers, hosting and certificate prices, mailboxes, payment apps).
 */
export const CHAT_EXAMPLES_EN: Readonly<Record<IntentId, readonly string[]>> = {
  why_unverified: phrases(`filled in everything yesterday and theres still a warning sign next to my domain, what else is missing
    | template approved ages ago but the domain column hasnt moved at all | the profile went through, the domain didnt, how come
    | i see success on the profile and not verified on the domain, which one is right | why does it keep telling me my domain needs verifying
    | did the id upload, domain still flagged as incomplete | what am i missing, the domain still isnt showing verified
    | so my domain is still not verified?? i sent my passport days ago | everything is submitted, why is the domain still pending real name
    | the console says my domain has not completed identity verification, but i did it | domain verification status not changing after the profile passed
    | got the profile ok email but the domain list still says incomplete | domian still shows not verifed even tho the template is fine
    | my registrant thing got approved but nothing happened on the domain side | the profile is fine yet the domain still wants verification
    | i did my part, why is the domain still flagged | the domain keeps showing that verification warning even after my id went through
    | some of my domains show verified and some dont, why | moved my domains to another account and now they are unverified
    | the profile is verified, the domain is not, what step did i skip | the profiles page is all fine but the domains page disagrees`),
  review_time: phrases(`i have sent everything, how long am i waiting now | nobody has checked my submission yet, it has been a day
    | been sitting in review since monday, is that normal | when will i hear back about my profile | roughly how long till its reviewed
    | any idea when somebody gets to my application | is it hours or days usually | how long does the approval usually need
    | its been 2 days with no answer, how much longer | when do i find out if it passed | still under review, when will it be done
    | how quick is the review normally | do i wait a day or a week for this | submitted just now, when do i get the result
    | it's been a few days since i uploaded, still nothing | heard nothing since i submitted, how long is left | need it done by friday, will the verification be finished in time | my boss asks when the domain check will be done, what do i tell him`),
  failure_reason: phrases(`got a message saying it was not successful, what went wrong | it came back rejected and i dont know why
    | my application was sent back, what is wrong with it | the review came back red, where do i find the reason
    | says verification unsuccessful, how do i see what the problem was | my submission didnt pass, what was the issue
    | they knocked back my profile, why | the profile shows failed again, what are they unhappy with | it did not go through, why
    | why does my template keep failing the review | second rejection now, where is the explanation | failed again?? what now
    | got an sms saying my verification was unsuccessful, what do i fix | the notification email says my profile did not pass, what was wrong
    | they emailed me that the review failed, where is the reason | an email told me my real name check didnt go through, why
    | the result came back as not approved, what was wrong with my id | my profile got bounced back, what do i need to fix | failed twice now and im losing patience, where can i see the reason | keeps failing, where is it written what is wrong`),
  fix_profile_info: phrases(`i typed my name wrong on the profile, how do i fix it | the address on my template is out of date
    | noticed a typo in the company name after submitting | can i edit the registrant details after sending them
    | my id number in the form is one digit off | the org name doesnt match the licence exactly, what do i do
     | i put the wrong city in the address, can i correct it
    | the name on my profile and on my passport are spelled differently | how do i edit a profile that is already submitted
    | i gave the wrong postcode on the form, how can i change it | my company renamed itself, how do i update the registrant name
    | i entered details that dont match my uploaded licence, how do i sort it | the registrant info has an error, can it be edited after approval
    | wrong email on the template, how do i change it | made a mistake in the certificate number field | the company name on the form is shortened, must it match the licence letter for letter | i abbreviated part of the name, is that a problem`),
  still_inaccessible: phrases(`verification passed but my site still wont load | everything is approved and the page is still blank
    | its showing verified now, why cant anyone open my website | domain is normal but the browser says server not found
    | approved yesterday, visitors still get an error | real name done but the website is still down
    | the check went through, yet my shop page times out | passed verification two days ago and the domain still doesnt resolve
    | status is ok but typing the address shows nothing | verifed but site still not working | green status but people cant reach my page
    | verification complete, why is my website still offline
    | now that its approved how come my website doesnt open | how come nobody can reach my page after verification went through
    | verification is done but my website gives a 404 | all approved, still no one can get to my site | it passed days ago and the page still won't come up | it says passed but the browser shows a dns error | ping cant find the host even though verification is complete
    | nslookup gives nothing for my domain and it is already verified | is my domain still locked somehow, it passed but wont resolve | its verified but the url goes nowhere | it passed, but a dns lookup returns nothing, what else is there`),
  domain_status_meaning: phrases(`what is clienttransferprohibited | my domain shows serverhold, what does that mean | what does the status inactive mean
    | whois says clienthold on my domain, is that bad | what do the prohibited flags on my domain mean | what does pendingdelete mean
    | the status says locked by registry, what is that | is clientupdateprohibited something to worry about
    | whats ok status mean on my domain | what is the difference between clienthold and serverhold`),
  required_documents: phrases(`what do i have to send you to get verified | im a freelancer, what do you need from me
    | which ids are accepted for someone from taiwan | we are a company in malaysia, which papers work
    | i only have a foreign passport, is that enough | do i need the business licence or something else
    | what do i need if the domain is for a club | which certificate does a hospital use | can i use my driving licence instead
    | what id do foreigners use | which papers does a sole trader provide | what do you accept from a charity | im a foreigner living in china, which papers should i send | not a chinese citizen but working here, what do i upload | do i send both sides of my id card or only the photo side`),
  photo_requirements: phrases(`can i take a picture with my phone or do i need a scanner | is there a maximum file size for the upload
    | my pic is a bit dark, will it still pass | can i upload a pdf | does it have to be a colour photo
    | is a screenshot of my id ok | can part of the card be covered | my photo is 10mb, too big?
    | does the scan need all four corners showing | is a photocopy fine or must it be the original`),
  merge_id_card: phrases(`where does the back of my id card go | the upload only takes one file but my id has two sides
    | how do i put front and back into one picture | separate uploads for both sides or one image
    | can you merge the two sides of my card for me | how do i stitch both sides together on my phone
    | does the back side need its own upload | one image with both sides of the id, how`),
  special_suffix: phrases(`is there anything extra for a .gov.cn domain | what else do i need for .edu.cn | extra paperwork for a .law domain?
     | do .org.cn domains need more documents | special domain endings need extra stuff?
    | what extra do you need for a .gov domain | are there more rules for .edu.cn names`),
  enhanced_verification: phrases(`i got an email about enhanced verification for my .cn, what is that | what is the stricter check for cn domains
     
     | how long do i have to submit the enhanced materials
    | what does enhanced identity verification involve | i was told my cn domain is under enhanced verification, next? | got an official notice that my .中国 domain needs stronger verification, where is the form`),
  cost: phrases(`how much do i pay for this   
    | how much does it cost to verify | any fee for the real name check | do you take money for verifying
    | somebody asked me to pay to finish my verification, is that real | got a text wanting 100 yuan for the id check, scam?
     | what do you charge for verification | how much for the kyc | do i owe anything for this
    | how much is it going to be | what will it cost me | is it chargeable | do i have to pay something to get the domain verified
    | is there any cost involved | what's the fee
    | is there any charge for the real name process | will you bill me for the identity check | what does the check cost me | do i need money in my account balance for the verification | must i recharge my account before verifying`),
  account_verification: phrases(`my aliyun account is already real-name verified, why again for the domain | i did the face scan for my account, isnt that enough
     | account verified last year, do domains need it separately
    | why do i have to verify twice, account and domain | does the account check count for my domains
    | i verified myself on the cloud account, why is the domain different | account kyc done, domain kyc separate?`),
  contact_verification: phrases(`does the technical contact need to verify too 
     | do contacts need real name verification | only the owner or the contact too?
    | do the admin and tech contacts have to do kyc | my contact is a colleague, does she need verifying`),
  email_suffix: phrases(`can i use a gmail address | is a .top email ok for the profile | which email should i use
    | does my email provider matter  | is qq mail fine
    | can the profile email be on a new tld | what kind of mailbox should the registrant email be`),
  profile_reuse: phrases(`i have another domain, do i redo everything 
    | just bought a second domain, can i use the same template 
     | 3 domains, 1 profile, possible?
    | bought more domains, can they share my verified profile | must i verify again for each new name | how do i use the info i already verified for the rest of my domains | we own dozens of domains, does each one need its own verification
    | can the verified details be applied to other names on my account`),
  no_certificate_number: phrases(`my document doesnt have a number on it | theres no number anywhere on my certificate
    | the licence has no code printed, what do i enter 
    | my id has no number, what now | the certificate came without a registration number
    | the document i have shows no number at all | our certificate has no registration number printed on it`),
  next_steps: phrases(`verified, anything else i need to do | now that its normal, whats the next step
    | all done with verification, do i need dns next | after approval do i have to do icp filing
    | verification finished, how do i get my site live | passed, so what comes after this
    | is icp filing the next thing after this | verified now, can i start the beian | when can i apply for icp after my domain is verified
    | all green, do i still need to point dns somewhere | ok it says normal, what else before my site goes online
    | its verified, do i set up dns now | approval came through, what should i do to launch
    | verification is through, can i go ahead with the icp application now | ok so its verified, how do i hook the domain up to my server
    | approved! what is left before i can launch | is there anything to do after the domain shows normal`),
  human_agent: phrases(`i want to speak to a person  | is anybody there who can help
    | put me through to your staff | i need a real person not a bot | let me chat with support | connect me with someone from the team
    | this isnt helping, i want a human
    | pass me on to one of your colleagues | who do i speak with about my case | can a manager look at this | i'd like somebody to ring me
    | transfer me to a human agent | can you transfer me to support | hand me over to a person | is there a real person at the company i can explain my case to | going round in circles with this bot, let me talk to someone`),
  out_of_scope: phrases(`what documents does icp filing need 
      | what does a cloud server cost per month | recommend me a vps
      | is there a free ssl | how do i install https on my site
     | my mails keep bouncing | how do i add an mx record for my mailbox
    | outlook cant send mail from my domain  | wechat pay wants real name, how
    | paypal asked for my id, what do i do | my bank app wants me to verify, help 
     | can i get a refund | where is my invoice 
      | whats the weather today  | who are you
     | how do i open a company in shenzhen | translate this into english for me
    | where do i apply for a new passport | how do i renew my expired id card | which laptop should i get | how much is bitcoin today
    | how do i get a business licence for my shop | what is the exchange rate of the dollar
    | how many days does the beian review take | what do i need to prepare for the icp application | my icp filing has been pending for two weeks
    | how much is your smallest server | do you offer wildcard ssl | my dkim record does not validate | alipay real-name failed, what now
    | why was my wechat frozen | how long does it take to issue an ssl certificate | how do i change my icp filing info
    | which papers does the embassy want for a tourist visa | my visa application got refused, why | how long does a new passport take
    | my steam account wants id verification | how do i verify my apple developer account | the cdn is slow on my site
    | how many euros is 20 dollars | whats 500 rmb in dollars | mail sent to my domain mailbox bounces | how long does a trademark application take`),
};
