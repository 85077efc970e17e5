import 'leaflet/dist/leaflet.css';
import { useEffect } from 'react';
import {
  Circle,
  CircleMarker,
  MapContainer,
  Polygon,
  Polyline,
  TileLayer,
  useMap,
  useMapEvents,
} from 'react-leaflet';
import { useClientConfig } from '../../lib/client-config';

export type MapMode = 'circle' | 'polygon';

type Props = {
  lat: number;
  lon: number;
  radiusM: number | null;
  /** Open ring of [lon, lat] vertices (GeoJSON order), as drawn so far. */
  vertices: Array<[number, number]>;
  mode: MapMode;
  onPick: (lat: number, lon: number) => void;
  onTileError: () => void;
};

function ClickToPick({ onPick }: { onPick: Props['onPick'] }) {
  useMapEvents({ click: (e) => onPick(e.latlng.lat, e.latlng.lng) });
  return null;
}

/** Keeps the centre in view when it is typed in rather than clicked. */
function FollowCentre({ lat, lon }: { lat: number; lon: number }) {
  const map = useMap();
  useEffect(() => {
    if (!map.getBounds().contains([lat, lon])) map.setView([lat, lon]);
  }, [map, lat, lon]);
  return null;
}

/**
 * Leaflet map to draw an office's geofence: click sets the centre or adds a vertex. Tiles
 * come from the server's TILE_URL; without them (offline, blocked host, no answer from the
 * server) the map is a grey box on which the geofence can still be drawn and edited.
 */
export default function OfficeMap({
  lat,
  lon,
  radiusM,
  vertices,
  mode,
  onPick,
  onTileError,
}: Props) {
  const config = useClientConfig();
  const tileUrl = config.data?.tileUrl || null;
  const noTiles = config.isError || (config.isSuccess && !tileUrl);
  useEffect(() => {
    if (noTiles) onTileError();
  }, [noTiles, onTileError]);
  const ring = vertices.map(([x, y]) => [y, x] as [number, number]);
  return (
    <div data-testid="office-map">
      <MapContainer center={[lat, lon]} zoom={17} className="map-box">
        {tileUrl && (
          <TileLayer
            url={tileUrl}
            attribution="&copy; OpenStreetMap"
            eventHandlers={{ tileerror: onTileError }}
          />
        )}
        <ClickToPick onPick={onPick} />
        <FollowCentre lat={lat} lon={lon} />
        <CircleMarker center={[lat, lon]} radius={6} pathOptions={{ color: '#c92a2a' }} />
        {mode === 'circle' && radiusM != null && radiusM > 0 && (
          <Circle center={[lat, lon]} radius={radiusM} pathOptions={{ color: '#1c5d99' }} />
        )}
        {mode === 'polygon' && ring.length >= 3 && (
          <Polygon positions={ring} pathOptions={{ color: '#1c5d99' }} />
        )}
        {mode === 'polygon' && ring.length > 0 && ring.length < 3 && (
          <Polyline positions={ring} pathOptions={{ color: '#1c5d99', dashArray: '4' }} />
        )}
        {mode === 'polygon' &&
          ring.map((p) => (
            <CircleMarker
              key={`${p[0]},${p[1]}`}
              center={p}
              radius={5}
              pathOptions={{ color: '#2b8a3e' }}
            />
          ))}
      </MapContainer>
    </div>
  );
}
