import { execFileSync } from 'node:child_process';
import path from 'node:path';

// A page of a PDF as poppler draws it (pdftoppm, 100 dpi), counted: how many distinct colours
// (a blank or flat page has few) and how many pixels are near a given colour (a route's line, an
// area's outline). The PNG is decoded by Python's standard library (zlib), no image package.

export interface PageColours {
  /** Pixels within 30 of the colour asked for on each channel. */
  matching: number;
  /** Distinct colours, at 4 bits a channel. */
  colours: number;
  pixels: number;
}

export function pageColours(pdf: string, page: number, dir: string, colour: readonly number[]): PageColours {
  const png = path.join(dir, `page-${path.basename(pdf, '.pdf')}-${page}`);
  execFileSync('pdftoppm', ['-r', '100', '-png', '-f', String(page), '-l', String(page), '-singlefile', pdf, png]);
  return JSON.parse(
    execFileSync(
      'python3',
      [
        '-c',
        `import sys,zlib,struct,json
data=open(sys.argv[1],'rb').read()
w,h=struct.unpack('>II',data[16:24]); depth,kind=data[24],data[25]
idat=b''; at=8
while at<len(data):
  n=struct.unpack('>I',data[at:at+4])[0]; t=data[at+4:at+8]
  if t==b'IDAT': idat+=data[at+8:at+8+n]
  at+=12+n
raw=zlib.decompress(idat); ch=3 if kind==2 else 4; stride=w*ch
rows=[]; prev=bytearray(stride)
for y in range(h):
  f=raw[y*(stride+1)]; line=bytearray(raw[y*(stride+1)+1:(y+1)*(stride+1)])
  for i in range(stride):
    a=line[i-ch] if i>=ch else 0; b=prev[i]; c=prev[i-ch] if i>=ch else 0
    if f==1: line[i]=(line[i]+a)&255
    elif f==2: line[i]=(line[i]+b)&255
    elif f==3: line[i]=(line[i]+((a+b)>>1))&255
    elif f==4:
      p=a+b-c; pa=abs(p-a); pb=abs(p-b); pc=abs(p-c)
      line[i]=(line[i]+(a if pa<=pb and pa<=pc else b if pb<=pc else c))&255
  rows.append(bytes(line)); prev=line
matching=0; colours=set()
r0,g0,b0=${colour.join(',')}
for line in rows:
  for x in range(0,w*ch,ch):
    r,g,b=line[x],line[x+1],line[x+2]
    colours.add((r>>4,g>>4,b>>4))
    if abs(r-r0)<30 and abs(g-g0)<30 and abs(b-b0)<30: matching+=1
print(json.dumps({'matching':matching,'colours':len(colours),'pixels':w*h}))`,
        `${png}.png`,
      ],
      { encoding: 'utf8' },
    ),
  ) as PageColours;
}
