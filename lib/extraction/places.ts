// Places a résumé's header or a job's location may name: countries, and cities with many employers.
// Hand-written (no gazetteer ships with the project); a city missing here leaves the location unknown,
// which costs nothing (an unknown fact contributes 0).

export const COUNTRIES = `Argentina Australia Austria Belgium Brazil Bulgaria Canada Chile China Colombia Croatia Cyprus
Czechia Czech Republic Denmark Egypt Estonia Finland France Germany Greece Hong Kong Hungary Iceland India
Indonesia Ireland Israel Italy Japan Kenya Latvia Lithuania Luxembourg Malaysia Malta Mexico Morocco Netherlands
New Zealand Nigeria Norway Pakistan Peru Philippines Poland Portugal Romania Saudi Arabia Serbia Singapore
Slovakia Slovenia South Africa South Korea Spain Sweden Switzerland Taiwan Thailand Turkey Ukraine
United Arab Emirates UAE United Kingdom UK England Scotland Wales United States USA US Vietnam`;

export const CITIES = `Amsterdam Antwerp Athens Atlanta Auckland Austin Baltimore Bangalore Bangkok Barcelona Basel Beijing
Belfast Belgrade Bergen Berlin Bern Bilbao Birmingham Bochum Bologna Bonn Bordeaux Boston Bratislava Bremen
Brisbane Bristol Brno Brussels Bucharest Budapest Buenos Aires Calgary Cambridge Cape Town Cardiff Charlotte
Chicago Cluj-Napoca Cologne Copenhagen Cork Dallas Delhi Denver Detroit Dortmund Dresden Dubai Dublin Duisburg
Dusseldorf Düsseldorf Edinburgh Eindhoven Essen Florence Frankfurt Freiburg Gdansk Geneva Genoa Ghent Glasgow
Gothenburg Graz Hamburg Hanover Hannover Helsinki Hong Kong Houston Hyderabad Istanbul Jakarta Johannesburg
Karlsruhe Kiel Kiev Kyiv Krakow Kraków Kuala Lumpur Lagos Las Vegas Lausanne Leeds Leipzig Leuven Lille Linz
Lisbon Liverpool Ljubljana Lodz London Los Angeles Luxembourg Lyon Madrid Malaga Malmo Manchester Mannheim
Marseille Melbourne Mexico City Miami Milan Minneapolis Montreal Moscow Mumbai Munich München Nairobi Nantes
Naples New York Nice Nuremberg Nürnberg Oslo Ottawa Oxford Palma Paris Perth Philadelphia Phoenix Pittsburgh
Porto Portland Poznan Prague Pune Reykjavik Riga Rome Rotterdam Salzburg San Diego San Francisco San Jose
Santiago Sao Paulo São Paulo Seattle Seoul Seville Shanghai Sheffield Shenzhen Singapore Sofia Stockholm
Strasbourg Stuttgart Sydney Tallinn Tel Aviv The Hague Thessaloniki Tokyo Toronto Toulouse Turin Utrecht
Valencia Vancouver Venice Vienna Vilnius Warsaw Washington Wellington Wiesbaden Wroclaw Wrocław Zagreb Zurich Zürich`;

function names(list: string, multiWord: readonly string[]): string[] {
  let rest = list.replace(/\s+/g, " ");
  const found: string[] = [];
  for (const name of multiWord) {
    if (rest.includes(name)) {
      found.push(name);
      rest = rest.replace(name, " ");
    }
  }
  return [...found, ...rest.split(" ").filter(Boolean)];
}

const MULTI_WORD_CITIES = [
  "Buenos Aires",
  "Cape Town",
  "Cluj-Napoca",
  "Hong Kong",
  "Kuala Lumpur",
  "Las Vegas",
  "Los Angeles",
  "Mexico City",
  "New York",
  "San Diego",
  "San Francisco",
  "San Jose",
  "Sao Paulo",
  "São Paulo",
  "Tel Aviv",
  "The Hague",
];
const MULTI_WORD_COUNTRIES = [
  "Czech Republic",
  "Hong Kong",
  "New Zealand",
  "Saudi Arabia",
  "South Africa",
  "South Korea",
  "United Arab Emirates",
  "United Kingdom",
  "United States",
];

export const CITY_NAMES: readonly string[] = names(CITIES, MULTI_WORD_CITIES);
export const COUNTRY_NAMES: readonly string[] = names(COUNTRIES, MULTI_WORD_COUNTRIES);
