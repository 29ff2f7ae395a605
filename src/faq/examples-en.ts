import type { IntentId } from './intents.ts';
import { phrases } from './phrases.ts';

/** English training phrasings per intent (the classifier's index; the held-out test set lives under test/fixtures). */
export const EXAMPLES_EN: Readonly<Record<IntentId, readonly string[]>> = {
  why_unverified: phrases(`why is my domain unverified | why does my domain still say unverified | my domain shows identity verification not completed
    | domain status is still unverified although I submitted everything | I uploaded my documents but the domain is not verified yet
    | why hasn't my domain been verified | the domain still shows real-name verification incomplete
    | my profile is verified but the domain is still unverified | what's wrong with my domain verification
    | domain name verification not complete why | the unverified status won't go away | why isn't my domain real name verified
    | the template passed but the domain did not | still unverified after several days | my domain is not verified what did I miss
    | domain not verified | verification incomplete on my domain | why unverified
    | why does the console still list my domain as not verified | domain shows Unverified status | I linked the profile but the domain is still unverified | is there a reason my domain hasn't passed real-name verification | how come my domain is not verified | domain remains unverified | the domain status is not verified although the profile succeeded | the domain name verification is not done | unverified domain, what should I check | why no verification on my domain yet
    | my domain is stuck on unverified | what is blocking my domain verification
    | check why my domain is not verified | domain verification pending for ages | my domain isn't verified even though i did everything
    | profile approved, domain still not verified, help | the domain never became verified after i submitted my id
    | hey my domain says unverified but i did the kyc last week | why does the domain list say identity verification not completed
    | domain still shows unverified even after binding the template | real-name status of the domain is incomplete
    | i did the verification, why is the domain still not done | my domain verification never went through
    | the template is verified but the domain is not | domain unverified after association | i finished everything but the domain isn't verified
    | why is verification for my domain still incomplete | the verification of my site is not finished | my url is not verified
    | is my domain verified? it still says not verified | domain still needs verification although the profile passed
    | i linked my verified profile yet the domain is unverified | domain verificaton incomplete
    | hi, i did the id thing days ago and my domain still isnt marked verified | bought a domain last month, it still says verification not completed, why
    | the template shows approved but the domain next to it doesnt, whats up | why would the domain list keep showing unverified after i finished
    | my domain is stuck as unverified and i have no idea why | domain still unverifed after i linked my profile??
    | Hello, our domain has shown "Identity verification not completed" for a week although the template was approved. Could you check why?
    | domian still unverifed?? | verification status not updating on my domain | i see unverified next to my domain even though i passed
    | the domain wont switch to verified`),
  review_time: phrases(`how long does the review take | how long is the verification review | when will the review be finished
    | how many days does identity verification take | how long until my profile is approved | how long does the domain review take after association
    | is the review done within a day | how long do I have to wait for approval | review time | when will I get the result of the review
    | how fast is the real name check | the review is taking forever, how long is normal | expected processing time for verification
    | how many business days for the audit | still in review, how much longer | when will my domain be approved
    | how soon will it be approved | when will the audit finish | how long does it take to be reviewed | how much time does verification need | days needed for the review | waiting for the review, how long | when will my profile be verified | how long until the status changes | eta for approval | how long does the check take
    | how long is the wait
    | how long does it take | how long does it take to verify | how long for kyc | how many days does approval take
    | when will the verification be complete | when do i get approved | how long till approval | still pending, how long | approval time?
    | how long is the queue | how soon can i get verified | how many working days | does it take more than one business day
    | when will my review be done | how long to process my profile | time to verify a domain | typical approval time | what is the processing time
    | how long will my domain take to be verified | review taking long, normal?
    | when will i hear from you about my profile | how soon do i find out the result | how long before i know if it passed | hours or days for approval? | hw long till approved | how long do reviews normally take
    | nothing has happened since i submitted, when will it move | how much longer do i wait
    | i sent everything this morning, when will it be checked | roughly when do i hear back | how many days should i expect
    | uploaded yesterday, when will someone review it | any idea when my verification will be looked at
    | i submitted on friday, how long till someone checks it | is it normally a few hours or a few days | my profile is under review, how long does that usually last
    | how long does the real-name check take these days | been waiting since yesterday, is that normal for the review | rough timeline for approval?
    | Could you let me know how long the verification review normally takes? | review eta? | how long is verification taking at the moment
    | when does the review usually finish`),
  failure_reason: phrases(`why did my verification fail | where can I see why the verification failed | my profile was rejected why
    | verification failed what is the reason | the review failed, how do I find the failure reason | identity verification failed
    | my registrant profile failed review | what does the rejection reason mean | why was my application rejected
    | where is the reason for the failed audit | they rejected my documents, why | status says identity verification failed
    | failed verification what now | why was my template not approved | what went wrong with my review
    | why was it rejected | rejected verification reason | where do I view the failure details | how do I check why it failed | what caused the failure | the status is failed, why | why did the verification not pass | review not passed reason | the electronic information check failed, what does it mean | my submission was declined
    | verification denied why | my profile got rejected | verification unsuccessful what now | why was my kyc denied
    | failed identity verification | review failed reason | why did the registrant profile not pass | the reviewers rejected it
    | i was rejected, where do i see the reason | view failure reason | what is the rejection reason
    | identity verification failed what does it mean | my application was turned down | why was my authentication refused | template rejected
    | profile verification unsuccessful | the check failed | failed review | why did it fail | my verification didn't pass, why
    | they turned my profile down, where is the reason | why did you guys bounce my application | it came back rejected, why | my docs got refused, what was wrong | profile bounced back
    | my verification says failed, how can i find out why | the check did not go through, where is the explanation | i got a rejection, what did i do wrong
    | why would my real-name be refused | the console says review failed, where do i see details | my template got knocked back, reason?`),
  fix_profile_info: phrases(`how do I fix wrong information in my profile | I entered the wrong name, how can I change it
    | how do I correct my registrant profile | the name does not match my ID card | verification failed because of incorrect information
    | can I edit my profile after submitting | my contact details are inconsistent, how to fix | the uploaded document does not match the profile
    | how to modify the registrant information | I made a typo in my address | company name on the profile differs from the license
    | change the registrant name | update my profile details and resubmit | mismatched documents how to resolve
    | how to fix the information mismatch
    | how to correct a mistake in my details | the name I entered is wrong | I need to update my phone number in the profile | how do I edit wrong data | I entered an incorrect ID number | the profile info is inconsistent with the document | change the organization name | modify my email in the profile | correct the address and resubmit | name mismatch between profile and ID
    | fix my registrant details | update registrant info | I need to edit my profile | how to change the registrant address
    | wrong zip code in the profile | I typed the wrong email in my profile | correct my name in the registrant profile
    | the region in my profile is wrong | edit the information template | how to change info on my profile | my details are wrong in the profile
    | modify the registrant phone number | change the company address in the template | the registrant name has a spelling error
    | wrong data in the profile, how to fix | can i change the name on the template | my address changed, update profile
    | fix the registrant organization name | correct the english name in the profile | how do I write the company name with special punctuation
    | the profile does not match the certificate, how to change it | the credit code I entered is incorrect | update my postcode
    | wrong zip code | the document number in my profile is wrong
    | i made a mistake in the registrant name, how do i change it | my company name in the profile has a typo, can i edit it | need to update the phone number on my template
    | the address in my profile is old, how do i fix it | wrong id number entered, what now | can i still edit the profile once it's submitted
    | Hello, I noticed the registrant address in my template is incorrect. How can I amend it? | typo in template name, how to edit
    | my profile has the wrong company name, it needs to match the licence | can i update the registrant info on an approved template
    | the phone number on my profile is outdated | changed my surname, need to update the profile`),
  still_inaccessible: phrases(`my website is still inaccessible after verification | the domain passed verification but the site won't open
    | why can't I access my website | my domain does not resolve | the site is down even though the domain is verified
    | domain verified but website not loading | DNS not resolving after real-name verification | my website doesn't work
    | I can't open my site | the domain still doesn't point to my server | browser says site can't be reached
    | verified domain but nothing loads | website unreachable | domain not resolving | still can't visit my website
    | website cannot be reached | site not loading | page won't open | the domain doesn't resolve to my IP | DNS lookup failed | ping fails | visitors can't access my site | the domain points nowhere | site still down after approval | website not working after verification | can't browse to my domain | the domain shows nothing in the browser
    | site is down | website down after kyc | my site won't open | domain not working after verification | can't load my website
    | the domain doesn't resolve after approval | my web page does not open | dns not working | nxdomain for my domain
    | server not found when opening my domain | the site shows an error | the browser can't find my website | my domain returns no ip
    | website not accessible | domain resolves to nothing | page is blank when I visit my domain | my website times out | domain doesn't load
    | i can't get to my site | resolution not working | no dns answer for the domain
    | verified but nobody can reach the site | approved yet visitors can't open it | the page won't open even though it is verified | site is down after verification | verified now but people cannot visit my page
    | the verification went through last week and my page still gives an error | it shows verified in the console yet my shop won't come up
    | friends say my url gives them a blank screen, the id check is done | verification is complete so why does my site not show
    | passed real-name, still getting this site can't be reached | my store has been offline since before the check and it still is
    | everything is approved but typing my address in the browser does nothing | the domain is verified and normal, but my website keeps timing out
    | status normal for a day now, site still not reachable | kyc finished, the web page just loads forever | approved domain, visitors see an error
    | i thought verification would bring the site back but it is still down | site wont load even tho my domain got verified
    | domain is verified but when i open it i get nothing | passed the check, dns set, still cant reach the site | verified days ago and the page still errors out
    | my domain shows normal but nobody can open the website`),
  domain_status_meaning: phrases(`what does serverHold mean | what is clientHold | what does the status ok mean
    | my domain status is serverHold, what is that | what do the domain statuses mean | what is a registry lock
    | what is a registrar lock | meaning of clientHold | what does Normal status mean | explain the domain status codes
    | what does serverTransferProhibited mean | what is an EPP status | whois shows serverHold | my domain is on hold what does that mean
    | difference between serverHold and clientHold
    | what does hold mean | meaning of server hold | client hold meaning | what does the status code mean | domain status explained | what is the ok status | what does transfer prohibited mean | what does a registry hold mean | what are domain statuses | my domain shows clientHold
    | what does locked mean | domain suspended meaning | what does frozen mean for my domain | what is a hold status
    | what is serverUpdateProhibited | what is clientDeleteProhibited | what does delete prohibited mean | status prohibited meaning
    | what does registry lock mean on my domain | explain registrar hold | what do epp codes mean | what do the whois statuses mean
    | what's the status ok | my domain is locked by the registrar | why is my domain on hold, what does it mean | meaning of domain statuses
    | serverhold explained | clienthold explained | what is the normal status | what does my domain status mean | what does update prohibited mean
    | what does it mean when my domain says serverhold | my domain has clienthold on it, what is that | whois shows a status i dont understand
    | what are these status codes on my domain | what does registry hold mean for me`),
  required_documents: phrases(`what documents do I need | which documents are required for verification | what materials should I prepare
    | what ID do I need to upload | do I need a business license | what papers are needed for a company
    | which documents are accepted | checklist of required materials | can I use my passport | what do I need to verify my domain
    | documents for a foreign national | what do Hong Kong residents need | which certificate for an enterprise outside the mainland
    | can I use a temporary ID card | what documents for an individual
    | what documents are needed | which ID can I use | do I need my ID card | what papers do I need | what does a company need to submit | documents for individuals | can I use a residence permit | is a mainland travel permit accepted | what certificate do enterprises need | what proof of identity is needed | household registration certificate | foreign permanent resident ID card
    | what must I provide | documents I need as a company
    | documents needed | what identification do you accept | which documents can a company use | what does an individual need
    | is a hukou accepted | can I use a household register | can i use my driving licence | what documents for a macao resident
    | what do foreigners need | what proof of identity | which license does a business need | what documents does a public institution need
    | what do I need to submit | what is required to verify | required documents for a mainland company | can a foreigner use a passport
    | what do non-chinese people need | docs for overseas companies | is the temporary id accepted | which documents should i upload
    | can I use something other than my ID card
    | what should i have ready | what do i need to prepare before i start | what stuff do you need from me | which id should i upload | what do i need to get started
    | i'm from taiwan, which id works for this | i hold a hong kong identity card, can i use it | what can a macau resident upload
    | i only have a foreign passport, is that ok | our company is registered in hong kong, what do we send | i am a us citizen, what id do i need
    | we are an overseas business, which certificate should we provide | i have a taiwan compatriot permit, is that accepted
    | can a home return permit be used | im not from the mainland, what documents work | what id does an expat need | do foreigners use the passport
    | what do i have to upload for real-name | which papers do you need from a company | i'm a sole trader, what documents do i send
    | as an individual what id works | is a passport fine instead of an id card | which documents does a hong kong company need
    | Good morning, could you tell me which identity documents are accepted for an individual registrant? | docs needed for company kyc
    | what id can a non-resident use | accepted documents for registrants outside mainland china | will a residence permit do for the real name check
    | what do i need to prove who i am`),
  photo_requirements: phrases(`what are the photo requirements | which image formats are supported | how big can the image be
    | can I upload a PDF | what file size is allowed | does the photo have to be in color | can I send a black and white copy
    | is a HEIC photo ok | the image is blurry, is that a problem | do all four corners need to be visible | can I use a screenshot
    | is a watermark allowed | photo upload rules | can I edit the photo in Photoshop | what resolution does the picture need
    | maximum image size | accepted file types | jpg or png | can the picture be blurry | does it have to be the original document | can I use a photocopy | glare or reflection on the photo | a finger covers part of the card | the file is too large | the image must be clear | can I rename the file extension to jpg | is bmp ok
    | can I take the photo with my phone | photo rules for uploads
    | photo requirements | what image types are allowed | can i upload a scan | is a scanned copy okay | is a black and white scan ok
    | the edges are cut off in my photo | part of the card is covered | can I cover my id number | photo too dark | the picture is not clear
    | can the image be larger than 5 mb | the photo is 7mb | do you accept gif | is tiff supported | is a copy of the certificate fine
    | must the image be in color | my photo has glare | can I crop the image | can i upload a screenshot of the license
    | file format for the picture | something covers a corner of the document | can I hide part of the card
    | which formats are supported | supported file formats | webp or heic? | png or jpeg | heic from an iphone | file types supported for upload
    | how many megabytes is the limit | max file size for the scan | file size limit | how large can the upload be | what's the size limit in mb
    | will a slightly dark scan be rejected | does the scan have to be perfectly sharp
    | must the photo be a colour one | can i send a photo taken with my phone | is there a size limit for the upload
    | my scan is a bit blurry, will it pass | which file formats can i upload | can i upload a black and white copy
    | Is a colour scan required, or is a greyscale copy acceptable? | pic requirements for the id upload | can i upload a pdf of my licence
    | my photo keeps failing, what are the rules for images`),
  merge_id_card: phrases(`how do I merge the front and back of my ID card | how to combine both sides of the ID into one image
    | put the two sides of my ID card in one picture | merge ID card images | how to join front and back photos
    | the system asks for both sides of the ID card | combine two photos into one file on Windows | merge images on a Mac
    | how to put the national emblem side and photo side together | one image with both sides of the card
    | how do I upload front and back together | stitch ID card photos
    | merge both sides | combine the two sides | join images into one | how to put two images in one picture | ID front and back in one image | merge photos in Paint | merge images in Preview on mac | upload a two-sided ID
    | merge my id | how to merge pictures | put two photos together | combine the front and back | stitch two pictures into one
    | id card front back together | both sides on one image | how to merge photos on a mac | how to combine photos in paint
    | make one image from two | merge front and back side | two sides one file | i only have one upload but two sides
    | put the front and back on the same image | merge the emblem side | joining two id photos | how can i put both images into one
    | front and back merged | merge on windows | can you combine my id photos
    | how do i get both sides of my id into one file | do front and back go in the same image | the upload only allows one picture but my card has two sides
    | should i combine the two sides of the id`),
  special_suffix: phrases(`what extra documents do I need for a .gov.cn domain | requirements for .trademark domains
    | what is needed for a .restaurant domain | special domain suffix requirements | do .gov.cn domains need an application form
    | additional qualifications for special domains | trademark proof for .trademark | gov.cn registration application form
    | letter of commitment for .restaurant | how many gov.cn domains can an agency have | does a .trademark domain need the trademark certificate
    | special requirements for government domains | .restaurant qualification materials | extra materials for special suffixes
    | .gov.cn requirements | government agency domain | the trademark owner name must match | restaurant domain documents | catering business qualification | organization code certificate for gov.cn | CNNIC will call to verify gov.cn | special suffix extra documents
    | suffixes that need extra documents
    | gov.cn | .trademark | .restaurant | what do gov.cn domains require | government domains need what | trademark domain needs what
    | catering domain requirements | the application form for gov.cn | does gov.cn need an official seal | who can register gov.cn
    | special extensions need extra docs | extra documents for a .trademark | is there anything extra for .restaurant
    | special domain requirements | what about gov.cn | is a letter of commitment needed for .restaurant
    | do government agencies need extra qualifications | trademark certificate needed | special tlds | what do i need for a government website
    | will cnnic phone us | do some tlds need more
    | i bought a .restaurant name, do i need anything besides my id | does a .trademark domain need more documents | is there extra stuff to send for my suffix | extra paperwork for a .gov.cn domain?
    | does a .gov.cn domain need extra paperwork | i registered a .trademark domain, what else do i need | .restaurant domain extra documents?
    | which suffixes need more than the usual documents`),
  enhanced_verification: phrases(`what is enhanced verification | I got a notice asking for enhanced identity verification
    | enhanced verification for .cn | how do I submit enhanced verification materials | .cn domain needs mandatory identity verification
    | what is the deadline for enhanced verification | enhanced real-name verification for .China domains
    | the registry asked for additional verification of my .cn domain | where do I submit the enhanced verification form
    | how many days do I have for enhanced verification | official notification about enhanced verification
    | enhanced verification materials | enhanced identity check for cn domains | submit within 10 days | enhanced verification submission page | the registry wants enhanced verification | why do I need enhanced verification
    | enhanced verification | what is the enhanced check | i received an enhanced verification notice | enhanced verification deadline
    | where do i upload enhanced verification materials | enhanced verification how | the registry asks for extra identity proof
    | mandatory verification for .cn | enhanced verification required | is enhanced verification needed for all .cn domains
    | enhanced verification form | do i have to do enhanced verification | enhanced verification attachment download | .cn enhanced
    | enhanced verification for my cn domain | what if i do not submit enhanced verification
    | what is the difference between enhanced and normal verification | enhanced verification notification
    | notice asking for additional verification
    | got an official notice for my .cn domain | received a notice from the registry about my .cn | a notice asks for more materials for my .cn name
    | what is this extra step for .cn names | why does my .cn need a second verification
    | what is enhanced real-name for .cn | my .cn domain asks for enhanced verification, what do i do | why do .cn domains need another check
    | what is involved in the enhanced check`),
  cost: phrases(`how much does verification cost | is identity verification free | do I have to pay for verification
    | is there a fee | what does it cost | is the real name verification charged | price of domain verification
    | any charges for verifying my domain | does it cost money | is it free of charge | do you charge for this
    | is it free | how much money | fee for verification | do I pay | is there a cost | what's the charge | pricing for real-name verification | free or paid
    | is there a fee for verification | price for the review | does verification cost anything | do i have to pay anything
    | verification charge | is it chargeable | how much to verify | do i pay for this | is real-name free | cost of kyc | any fee
    | will it cost money | payment for verification | is the review free | how much do you charge | is it paid | do you bill for verification
    | is there any cost | is verification paid or free | how much is the review
    | how much | how much will it be | how much do i pay | what will it cost me
    | do i have to pay for this | will it be charged to my card | is there a charge to get verified | does this come with a bill
    | someone rang me saying i have to pay to keep my domain verified, is that legit | i got a text asking me to pay a real-name fee, is it a scam
    | an email wants money to complete the identity check, is that from you | do i need to pay anyone to get my domain verified
    | a caller asked for a payment for domain verification, should i pay | is there any hidden charge for the real name check
    | they want 200 yuan for verification, is that right | does it cost extra to verify | r there fees for the id check | is this verification thing paid
    | do i have to pay anything to verify | is real-name verification free or not | will you charge me for the check | how much does the id verification cost me
    | someone asked me to pay for verification, is that normal | is there a fee to get the domain verified`),
  account_verification: phrases(`is account verification the same as domain verification | I verified my Alibaba Cloud account, do I still need domain verification
    | difference between account identity verification and domain verification | my account is verified but my domain is not
    | do I need to verify my cloud account first | account real-name vs domain real-name | does account verification cover my domains
    | is the account verification separate | must the account be verified before registering a domain | account identity verification
    | account identity verification vs domain | alibaba cloud account real name | verify the account first | account verified but domain not | is my account verification enough
    | account verification | my account is verified | account real name | do i need to verify my account | account vs domain
    | does account verification include domains | account kyc | my alibaba account is real-name verified
    | is account verification enough for domains | the account is verified but not the domain | account identity verification first
    | verify account then domain | is the account check different | why verify the domain if the account is verified
    | account verification required before registering | enterprise account verification | personal account verification | is my account verified
    | do i need both | alibaba cloud account verification vs domain verification | verify once for the account, again for the domain?
    | i already verified my cloud account, do i need to do the domain too | is the account real-name the same as the domain one
    | my account is verified but the domain isnt, are they different | does my account verification cover my domains`),
  contact_verification: phrases(`does the domain contact need identity verification | does the technical contact have to be verified
    | who should be the domain contact | does the contact person need to upload an ID | is verification needed for the domain name contact
    | do I have to verify the admin contact | can a tech staff member be the contact | does the contact need real-name verification
    | contact person verification | who can be the domain name contact
    | does the contact person need an ID | domain contact verification | is the contact verified | technical staff as contact | does the admin need to verify
    | does the contact need verification | domain contact | who should be the contact | contact person requirements
    | can the contact be different from the registrant | does the contact have to be the owner | is the contact checked
    | does the technical contact need to verify | can a developer be the contact | does the domain contact need kyc | contact person id
    | does the contact upload documents | the domain contact must be verified? | who do you recommend for contact | contact role
    | tech contact verification | admin contact kyc | does the contact need real-name | can anyone be the domain contact
    | contact does not need verification? | can the contact be another person
    | do the admin contacts need to be verified as well | does the technical contact have to do real-name | only the registrant, or the contacts too?
    | do i need id for the billing contact
    | do contacts other than the registrant need real-name | my tech contact is another company, do they need to verify
    | admin contact verification needed? | is real-name only for the registrant or every contact`),
  email_suffix: phrases(`can I use an email address ending in .club | is a new gTLD email address ok | can I use my .xyz email
    | which email addresses should I avoid | is test@test.club acceptable | email with a new top-level domain
    | can I use a .top email | my email is on a new TLD, is that a problem | what email should I use for the profile
    | are new suffix emails allowed | email suffix requirements
    | email ending | can I use a .shop email | new tld email | .top .xyz .club email | email address suffix | which email to use
    | is my email address ok for the profile | email on a new domain ending
    | email | which email | can i use any email | is gmail ok | is qq mail ok | is a 163 email fine | can i use a .club address | email on .xyz
    | email address on a new tld | new tld email addresses | avoid which emails | email requirements | can the email be on my own domain
    | is a company email better | email ending in .top | .shop email | .online email | email domain | what email is best | email address allowed
    | is info@company.xyz fine
    | can i put a gmail address in the template | is a qq email okay for registration
    | can the registrant email be a gmail | is an outlook address ok for the template | can i use an email on a .xyz domain
    | which email addresses can i use in the profile`),
  profile_reuse: phrases(`can I use one profile for several domains | can one registrant profile be reused | do I need a new profile for each domain
    | can I associate multiple domains with the same template | reuse my verified profile | one template many domains
    | do I have to verify again for my second domain | use the same profile for all my domains | can the profile be used again
    | I have ten domains, do I need ten profiles
    | same profile for many domains | reuse the template | one profile many domains | do I need to verify each domain separately | a profile for each domain?
    | does every domain need its own profile
    | reuse profile | reuse template | one profile multiple domains | can i use the same profile | several domains one profile
    | new domain same profile | do i need another profile | one template for all domains | create a profile for each domain?
    | can the same template be linked to many domains | a second domain with my existing profile | do i need to verify each new domain
    | verify again for new domain | is the profile reusable | use my approved template for another domain | profile reuse
    | can i bind multiple domains to one profile | how many domains per profile | i have many domains | do i need one profile per domain
    | verified once, can i use it again
    | can one template cover all my domains | do i need a new profile for every domain | can i use my existing profile for another domain
    | same registrant for five domains, one template enough?`),
  no_certificate_number: phrases(`my certificate has no number | what do I enter if the certificate does not have a number
    | company registration outside the mainland without a number | our certificate of incorporation has no code
    | what to put in the unified social credit code field for a foreign company | the overseas certificate has no number
    | foreign company has no USCC | hong kong company has no credit code | BR certificate has no number what do I enter
    | no registration number on the certificate | enter 0 for the credit code?
    | no registration number | certificate without a number | what to fill in when there is no number | enter zero | credit code for a foreign company
    | no number | certificate has no number | no credit code | we don't have a credit code | overseas company code
    | what to enter without a number | put zero | foreign company certificate number | no registration number on the document
    | certificate without a code | hk company no number | the document has no number | company number missing
    | unified social credit code foreign company | what if there is no number | zero in the credit code field | no code on certificate
    | our company has no code | is 0 ok for the code
    | there is no number on our papers | our registration document carries no number | no code printed on the certificate, what now
    | my document has no number on it, what do i enter | the certificate doesnt have an id number, what now | what if there is no number on my licence
    | no certificate number on our papers, how do i fill it in`),
  next_steps: phrases(`what do I do after verification | my domain is Normal, what next | what are the next steps
    | do I need ICP filing | how do I set up DNS | verification succeeded, now what | do I need to file for ICP
    | how do I point my domain to my server | what comes after identity verification | can I start ICP filing now
    | how long until I can do the ICP filing | configure DNS records after verification
    | what's next after verification | after approval what do I do | ICP filing | ICP license | DNS setup | resolve the domain to a server | hosting in the mainland needs filing | when can I file
    | what should I do once the domain is Normal
    | what next | next step | now what do i do | verified, now what | what should i do after approval | do i need icp | icp filing needed?
    | how to set up dns | how do i resolve my domain | how do i make my domain point to my server | go live after verification
    | how do i get my website online | what to do once verified | after kyc what next | can i file icp now | should i do icp filing
    | dns configuration | add an a record | how do i bind my domain to my server | what now that the domain is normal | when should i file for icp
    | all done, anything else
    | configure the dns | connect the domain to my server | set the dns records | link my domain to my hosting | i want my domain to open my website now that it is verified | start icp filing after verification?
    | anything left to do | is there anything else i need to do now | verified, what else is there | done, what is left | what remains after approval
    | it's verified, what else before my site is live | all checks done, what do i do now
    | verification passed, what do i do next | domain is verified, how do i get the site online | what's left to do now that it's approved
    | all verified, do i need icp filing now | ok done with real-name, next step?
    | Dear support, our domain has passed real-name verification. Could you advise on the next steps to put the website online?
    | verifed, now how do i make the domain work with my server | what should i set up after the domain is approved | next steps after kyc pls
    | the domain is normal now, do i need to do the filing or dns first | approved! what now
    | what do i need to do after approval | what do i need to do now that it is verified | is there anything i need to do after the review passed
    | what do we need to do once the domain is normal`),
  human_agent: phrases(`I want to talk to a human | can I speak to a person | connect me to customer support | transfer me to an agent
    | I need a real person | talk to support | get me a human please | live agent | contact customer service
    | this bot is not helping, I want a person | can someone call me | escalate to a human | operator please | human
    | speak with someone | a real human | customer support agent | talk to someone | I need help from a person | support staff
    | person | talk to a person | real human please | i want to talk to someone | can i speak to an agent | let me talk to support
    | customer service | complaint | i want to complain | escalate | escalate to support | staff | a staff member | someone from support
    | live chat | phone support | call me | not a bot please | stop, i want a human | chat with a person
    | contact support | contact an agent | contact a person
    | is anyone there who can help me | i need someone to look at this | can somebody from your team call me | get me someone who works there | i want a real answer from staff
    | can i talk to someone who works there | i'd like a real person to look at my case | is there a human around
    | could a staff member help me instead | let me speak to somebody please | i want to explain this to an actual person | put me through to your team
    | i need a person, not a bot | can a person reply to me | get a real human to answer
    | can i talk to a real person about this | is there someone i can speak with | please get me a human | i want support staff to handle this
    | let me talk to a customer service person | connect me with someone from your team
    | I would prefer to discuss this with a member of your staff. | agent pls | talk to human | is there a hotline i can call
    | i want someone to call me back`),
  out_of_scope: phrases(`what's the weather today | tell me a joke | who won the football game | how do I cook rice
    | what is the capital of France | write a python function to sort a list | how do I center a div in css | what time is it
    | how are you | good morning, how are you doing | what's your name | are you a robot | recommend a good movie
    | how do I reset my iPhone | translate hello into Spanish | what's 2 plus 2 | how do I lose weight | book a flight to Tokyo
    | what is bitcoin price | how do I install docker | how do I renew my passport | what's the best laptop to buy
    | how do I transfer my domain to another registrar | how do I renew my domain | how much does a .com domain cost to register
    | how do I set up email hosting | how do I buy an SSL certificate | can you help me with my homework | what is love
    | do you like music | how do I open a bank account | what is machine learning | how do I fix a git merge conflict
    | how do I get a visa for China | where is the nearest restaurant | play a song | how many people live in China
    | what is the meaning of life | how do I delete my account | how do I change my password | hi | hello | thanks
    | what's the stock price of apple | how to make coffee | play chess with me | what is the time in London | who is the best football player | write me a poem | how do I learn english | what's your favorite color | are you smart | tell me about yourself | how old are you | how do I update windows | how to fix my printer | what's the news today | translate this sentence | how do I get a refund | how do I cancel my order | track my package | how far is the moon | what is javascript | how do I write an SQL query | recommend a restaurant | where can I buy shoes | how do I make money online | is it going to snow | what's the temperature | I'm bored | thank you very much | ok | bye | goodbye | who are you | what can you do | how do I upgrade my server | my computer is slow | how to take a screenshot | how do I compress a file | what is the best phone camera | how do I scan a QR code | what's a good name for my company | how much does a VPS cost | how much is a cloud server | how do I create an email account | who is the CEO of Alibaba | how do I pay my bill | where is my invoice | how do I buy a domain | how do I fix my car | what movie should I watch tonight | how tall is mount everest
    | how much is gold today | how much is an iphone | how much is a train ticket | are you a person or a bot | hey, how's it going | explain quantum physics | what's the price of oil | suggest a good book | solve x + 2 = 5 | how do I apply for a loan | can you recommend a podcast | how do I make a website | what is the best programming language | how do I get a job | is it safe to travel | what's up | nice to meet you | can you speak french | how do I register a company | how do I register a trademark | why is the sky blue | how do I sleep better
    | how do i renew my domain name | domain renewal price | how much is a .cn domain | register a new domain for me
    | transfer my domain to another registrar | transfer a domain in | get the auth code for a transfer | whois privacy | hide my whois data
    | ssl certificate | https certificate setup | install ssl on apache | free ssl | icp filing documents list | icp filing got rejected
    | how long is the icp review | cancel the icp record | change icp information | icp for a mobile app | what is dns | dns record types
    | add an mx record | set up email forwarding | email verification code not received | did not receive the sms code
    | change my account password | turn on two factor authentication | close my account | domain expired | restore an expired domain
    | turn on auto renew | domain valuation | sell a domain | check if a domain is available | cdn setup | ecs server will not boot
    | cloud server price | issue an invoice | refund my order | what is a registrar | which suffix is cheapest | backorder a domain
    | create a subdomain | change nameservers at godaddy | cloudflare dns settings | my vps is slow | what is a cname
    | how many domains can i register | where is my order | how do i log in | what is a tld | spam emails | phishing email from alibaba
    | set up a mail server
    | what do i need for icp filing | icp filing requirements | my icp application was refused | icp filing failed | am i talking to a bot | is this an ai | are you a real person | write an email for me | email marketing tools
    | icp filing documents | icp filing takes how many days | icp filing review time | how much does icp filing cost | change my icp record | my beian was rejected | hosting price | how much is web hosting | cheap hosting plans | buy a cloud server | how to get https for my site | ssl certificate price | renew my ssl certificate | set up mx records | configure dkim and spf | my company mailbox setup | alipay real-name verification | verify my identity on wechat | real-name check for my bank card | how much to register a domain | price of a .net domain | transfer my domain out | how long does a transfer take | refund my renewal | open a company in shanghai | install wordpress on my server | connect my domain to shopify
    | how much is a new laptop | price of bitcoin today | how much does a flight to beijing cost | how much is a cup of coffee | what does netflix cost per month
    | how much is a used car | how much should i pay a web designer
    | what's the best pizza in town | can you help me plan a trip | how do i fix my wifi | what's a good gift for my mum | my router keeps dropping the connection
    | what is the population of shanghai | teach me some chinese | how do i change my profile picture on wechat
    | what is the largest country in the world | how many states are in america | what language do people speak in brazil | who painted the mona lisa
    | when is the next public holiday | what is the history of hong kong`),
};
