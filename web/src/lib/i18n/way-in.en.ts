import type { wayInVi } from './way-in.vi';

export const wayInEn: Record<keyof typeof wayInVi, string> = {
  'organisationKind.HOUSEHOLD_BUSINESS': 'Household business',
  'organisationKind.INDIVIDUAL': 'Individual',

  'way.menu': 'Menu',
  'way.post.label': 'Post',
  'way.post.offer': 'List something',
  'way.post.need': 'Post a need',

  'way.offer.title': 'Offer a technology or equipment',
  'way.offer.intro':
    'Offers are posted in the name of an organisation with a profile on the exchange: an institute, a university, an enterprise, a cooperative or a household business. You do not belong to one yet, so there are two ways:',
  'way.offer.individualNote':
    'Individuals cannot post offers. If you need a technology, you can post a technology request as an individual.',
  'way.offer.toNeed': 'Post a technology request',

  'way.need.title': 'Post a technology need',
  'way.need.intro':
    'A technology request tells institutes, universities and enterprises which problem you need solved. The Department of Science and Technology reviews every request before it is published. You do not belong to an organisation yet, so there are three ways:',

  'way.individual.title': 'Post as an individual',
  'way.individual.body':
    'No organisation needed. Your name is not shown publicly: only the department sees it, and those with a solution contact you through the exchange. Individuals can post technology requests only, not offers.',
  'way.individual.titleLabel': 'What technology do you need?',
  'way.individual.titleHint': 'For example: A drying process for bananas that keeps their natural colour. You add the details in the next steps.',
  'way.individual.submit': 'Start writing the request',
  'way.household.title': 'Post as a household business',
  'way.household.body':
    'A household business (hộ kinh doanh) registers a profile (its name, address, tax code if it has one, fields) like an organisation. The department reviews the profile, then publishes the household’s listings, offers included.',
  'way.household.link': 'Register a household business',

  'way.register.title': 'Register your organisation',
  'way.register.body': 'You create the organisation’s profile, become its owner and submit it to the department, which checks:',
  'way.register.check.identity': 'the organisation’s name, kind, address and contact details;',
  'way.register.check.legal':
    'its legal documents: tax code, business registration certificate, founding decision or S&T activity registration certificate (the department may ask for copies);',
  'way.register.check.certificate': 'for an S&T enterprise: the number of its S&T enterprise certificate;',
  'way.register.check.profile': 'its fields of activity and description.',
  'way.register.time':
    'The department usually answers within {days, plural, one {# working day} other {# working days}}. If something is missing it says which part to correct; you can draft listings meanwhile, and they are published once the profile is approved.',
  'way.register.link': 'Register an organisation',

  'way.join.title': 'Join an organisation already on the exchange',
  'way.join.body':
    'If your organisation already has a profile, ask its owner to invite your e-mail address {email} (in the workspace, under Members). Open the invitation link while signed in with this address to join.',
  'way.join.directory': 'Find it in the directory',

  'way.choose.offerTitle': 'Offer in the name of which organisation?',
  'way.choose.needTitle': 'Post the need in whose name?',
  'way.choose.intro': 'You belong to several organisations. Choose one to write the listing; it is posted under that name.',
  'way.choose.personal': 'Myself (name not shown publicly)',

  'welcome.title': 'Welcome, {name}!',
  'welcome.intro': 'Your account is ready. What brings you to the exchange? Each part below leads to the right place.',
  'welcome.buy.title': 'Find a technology or equipment',
  'welcome.buy.body': 'Search the offers the department has approved, ask sellers for details, or post a need so that those with a solution find you.',
  'welcome.buy.search': 'Search technologies and equipment',
  'welcome.buy.need': 'Post a technology need',
  'welcome.buy.directory': 'Browse the S&T directory',
  'welcome.sell.title': 'Offer a technology or equipment',
  'welcome.sell.body': 'Offers are posted in an organisation’s name: register yours (the department reviews the profile) or join one by invitation, then list.',
  'welcome.sell.register': 'Register an organisation',
  'welcome.sell.join': 'Join an organisation by invitation',
  'welcome.sell.list': 'List something',
  'welcome.research.title': 'Institutes and universities: present your research',
  'welcome.research.body':
    'Register the institute or university, then list technologies ready for transfer with their readiness level (TRL) and IP titles; the department verifies title numbers and TRL evidence.',
  'welcome.research.register': 'Register an institute or university',
  'welcome.research.list': 'List a technology',

  'personal.profileNote':
    'This is your personal requester profile: not public, not in the directory or the search. Your requests are shown without your name; the department reviews each one before it is published.',
  'personal.requestsOnly': 'Individuals can post technology requests only.',
  'personal.nameHidden': 'Your name is not shown publicly, only the department sees it; those with a solution contact you through the exchange.',
  'personal.postedBy': 'Posted by an individual',
};
