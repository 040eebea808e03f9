import { defineCheck } from '../../model/rule';
import { FILES, VERIFIED_ONLY } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { iconImage, otherIconFiles } from './lib/icon-image';

export default defineCheck({
  id: 'icon-png',
  severity: 'error',
  programs: VERIFIED_ONLY,
  file: FILES.icon,
  description: 'The icon of a verified connector, when the folder has one, is a valid PNG file named exactly icon.png.',
  criterion: {
    text: 'The icon of a verified connector is a PNG image in a file named icon.png.',
    url: SOURCES.policyErrors,
    rows: ['icon-png', 'icon-required-verified'],
  },
  validatorCodes: ['5000.2.1.3'],
  fix: 'Export the icon as a PNG image and name the file icon.png.',
  run(connector, report) {
    for (const name of otherIconFiles(connector)) {
      const message = connector.icon ? `"${name}" is a second icon; only icon.png is used, so delete it.` : `The icon is "${name}"; it must be a PNG image named icon.png.`;
      report({ file: name, message });
    }
    const image = iconImage(connector);
    if (!image) return;
    const name = image.file.name;
    if (name !== FILES.icon) report({ file: name, message: `The icon file is named "${name}"; it must be named exactly icon.png.` });
    if (!image.isPng) {
      const actual = image.header ? `a ${image.header.type.toUpperCase()} image` : 'not an image format connector-precheck recognises';
      report({ file: name, message: `${name} is ${actual}, not a PNG (its first bytes are not the PNG signature).` });
    } else if (image.decodeError) {
      report({ file: name, message: `${name} starts like a PNG but cannot be decoded: ${image.decodeError}.` });
    }
  },
});
